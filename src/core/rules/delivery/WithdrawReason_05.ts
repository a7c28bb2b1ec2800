import { officialMeta } from '../catalogue/official-meta';
import { hasDeliveryFam } from '../derived/aims';
import { aimRule, int } from './delivery-shared';

/** WithdrawReason_05 (error): withdrawal reason 28 (OLASS learner withdrawn) only on OLASS aims (LearningDeliveryFAM LDM 034). */
export const WithdrawReason_05 = aimRule(
  officialMeta('WithdrawReason_05', { entity: 'LearningDelivery', fields: ['WithdrawReason', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'completion' }),
  (aim) => (int(aim, 'WithdrawReason') === 28 && !hasDeliveryFam(aim, 'LDM', '034') ? 'WithdrawReason' : undefined),
);
