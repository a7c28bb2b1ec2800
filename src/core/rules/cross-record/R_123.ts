import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { compStatus, latestActOfStandard } from './act-latest';

/**
 * R_123 (error): a continuing apprenticeship standard aim (FundModel 36, ProgType 25, CompStatus 1) must not have a
 * LearnDelFAMDateTo on its latest ACT record (latest LearnDelFAMDateFrom). The ACT record is reported at its
 * LearnDelFAMDateTo, the CompStatus as `related`. The same in ESFA's 2020-21 service.
 */
export const R_123: LearnerRule = {
  ...officialMeta('R_123', { entity: 'LearningDeliveryFAM', fields: ['FundModel', 'ProgType', 'CompStatus', 'LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (compStatus(aim) !== 1) continue;
      const act = latestActOfStandard(aim);
      if (act && date(act, 'LearnDelFAMDateTo') !== undefined) ctx.report(act, 'LearnDelFAMDateTo', { aim, related: [{ record: aim, field: 'CompStatus' }] });
    }
  },
};
