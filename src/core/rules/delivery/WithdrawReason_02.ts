import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from '../learner/code-lookup';

/** WithdrawReason_02 (error): if returned, the Withdrawal reason must be a valid code of the year's list (the spec's codes, e.g. 29 made redundant, 97 other, 98 not known). */
export const WithdrawReason_02 = lookupRule(officialMeta('WithdrawReason_02', { entity: 'LearningDelivery', fields: ['WithdrawReason'], group: 'completion' }), {
  records: ['LearningDelivery'],
  field: 'WithdrawReason',
});
