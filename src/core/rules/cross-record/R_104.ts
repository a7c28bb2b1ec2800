import { date, deliveries } from '../../model/access';
import { addDays } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimFams, famsByDateFrom } from './cross-shared';

/**
 * R_104 (error): an aim's ACT records must follow on from each other: taken by LearnDelFAMDateFrom, each record's
 * DateFrom must be the day after the previous record's LearnDelFAMDateTo. A record that does not follow on is reported
 * at its LearnDelFAMDateFrom, the previous record's LearnDelFAMDateTo as `related`. As ESFA's 2020-21 service: a record
 * without a DateFrom is not checked (FD and the FAM date rules report it).
 */
export const R_104: LearnerRule = {
  ...officialMeta('R_104', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const acts = aimFams(aim, 'ACT');
      if (acts.length < 2) continue;
      const sorted = famsByDateFrom(acts);
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        const cur = sorted[i]!;
        const from = date(cur, 'LearnDelFAMDateFrom');
        if (from === undefined) continue;
        if (date(prev, 'LearnDelFAMDateTo') !== addDays(from, -1)) ctx.report(cur, 'LearnDelFAMDateFrom', { aim, related: [{ record: prev, field: 'LearnDelFAMDateTo', aim }] });
      }
    }
  },
};
