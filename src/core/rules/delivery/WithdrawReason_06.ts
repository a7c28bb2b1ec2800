import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int } from './delivery-shared';

/** WithdrawReason_06 (error): withdrawal reason 48 (industry placement learner withdrawn) only on the industry placement aim ZWRKX002. */
export const WithdrawReason_06 = aimRule(
  officialMeta('WithdrawReason_06', { entity: 'LearningDelivery', fields: ['WithdrawReason', 'LearnAimRef'], group: 'completion' }),
  (aim) => (int(aim, 'WithdrawReason') === 48 && text(aim, 'LearnAimRef')?.trim().toUpperCase() !== 'ZWRKX002' ? 'WithdrawReason' : undefined),
);
