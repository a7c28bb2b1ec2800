import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { compStatus, latestActOfStandard } from './act-latest';

/**
 * R_122 (error): an apprenticeship standard aim (FundModel 36, ProgType 25) that is not continuing (CompStatus not 1),
 * with ACT records and no AchDate, must have its latest ACT record (latest LearnDelFAMDateFrom) end on the
 * LearnActEndDate. The ACT record is reported at its LearnDelFAMDateTo, the LearnActEndDate as `related`. As ESFA's
 * 2020-21 service: a missing DateTo against a returned end date differs (and fires); both missing is the same.
 */
export const R_122: LearnerRule = {
  ...officialMeta('R_122', {
    entity: 'LearningDeliveryFAM',
    fields: ['FundModel', 'ProgType', 'CompStatus', 'AchDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'],
    group: 'cross-record',
  }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (compStatus(aim) === 1 || date(aim, 'AchDate') !== undefined) continue;
      const act = latestActOfStandard(aim);
      if (act && date(act, 'LearnDelFAMDateTo') !== date(aim, 'LearnActEndDate')) ctx.report(act, 'LearnDelFAMDateTo', { aim, related: [{ record: aim, field: 'LearnActEndDate' }] });
    }
  },
};
