import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from '../learner/code-lookup';

/** CompStatus_01 (error): the Completion status must be a valid code of the year's list. */
export const CompStatus_01 = lookupRule(officialMeta('CompStatus_01', { entity: 'LearningDelivery', fields: ['CompStatus'], group: 'completion' }), {
  records: ['LearningDelivery'],
  field: 'CompStatus',
});
