import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { latestActOfStandard } from './act-latest';

/**
 * R_121 (error): an apprenticeship standard aim (FundModel 36, ProgType 25) with ACT records and an AchDate must have
 * its latest ACT record (latest LearnDelFAMDateFrom) end on the AchDate. The ACT record is reported at its
 * LearnDelFAMDateTo, the AchDate as `related`. As ESFA's 2020-21 service reads "AchDate <> LearnDelFAMDateTo": a
 * latest ACT without a DateTo is not compared.
 */
export const R_121: LearnerRule = {
  ...officialMeta('R_121', { entity: 'LearningDeliveryFAM', fields: ['FundModel', 'ProgType', 'AchDate', 'LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const ach = date(aim, 'AchDate');
      if (ach === undefined) continue;
      const act = latestActOfStandard(aim);
      const to = date(act, 'LearnDelFAMDateTo');
      if (act && to !== undefined && to !== ach) ctx.report(act, 'LearnDelFAMDateTo', { aim, related: [{ record: aim, field: 'AchDate' }] });
    }
  },
};
