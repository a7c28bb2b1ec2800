import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { learnerFamsOfType, overlappingFams } from './cross-shared';

/**
 * R_106 (error): at any point in time a learner must not have more than one LSF record (across all its aims), counting
 * the records with a LearnDelFAMDateFrom on or after 1 August 2016. A record that starts on or before the end of an
 * earlier one (or while one without a DateTo runs) is reported at its LearnDelFAMDateFrom, the earlier record's
 * LearnDelFAMDateTo (with its aim) as `related`. ESFA's 2020-21 service reports once per learner; the condition is the
 * same.
 */
export const R_106: LearnerRule = {
  ...officialMeta('R_106', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const fams = learnerFamsOfType(learner, 'LSF').filter((h) => (date(h.record, 'LearnDelFAMDateFrom') ?? '') >= '2016-08-01');
    for (const { later, earlier } of overlappingFams(fams, true)) {
      ctx.report(later.record, 'LearnDelFAMDateFrom', { aim: later.aim, related: [{ record: earlier.record, field: 'LearnDelFAMDateTo', aim: earlier.aim }] });
    }
  },
};
