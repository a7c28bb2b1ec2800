import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, known } from './delivery-shared';

/** WithdrawReason_04 (error): a continuing (1), completed (2) or on-a-break (6) aim must not have a Withdrawal reason. */
export const WithdrawReason_04 = aimRule(
  officialMeta('WithdrawReason_04', { entity: 'LearningDelivery', fields: ['CompStatus', 'WithdrawReason'], group: 'completion' }),
  (aim) => {
    const cs = int(aim, 'CompStatus');
    return (cs === 1 || cs === 2 || cs === 6) && known(aim, 'WithdrawReason') ? 'WithdrawReason' : undefined;
  },
);
