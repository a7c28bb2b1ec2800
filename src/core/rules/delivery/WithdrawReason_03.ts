import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, known } from './delivery-shared';

/** WithdrawReason_03 (error): a withdrawn aim (CompStatus 3) must have a Withdrawal reason. Reported at the CompStatus cell (the WithdrawReason cell is blank). */
export const WithdrawReason_03 = aimRule(
  officialMeta('WithdrawReason_03', { entity: 'LearningDelivery', fields: ['CompStatus', 'WithdrawReason'], group: 'completion' }),
  (aim) => (int(aim, 'CompStatus') === 3 && !known(aim, 'WithdrawReason') ? 'CompStatus' : undefined),
);
