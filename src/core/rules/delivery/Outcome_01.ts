import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from '../learner/code-lookup';

/** Outcome_01 (error): if returned, the Outcome must be a valid code of the year's list. */
export const Outcome_01 = lookupRule(officialMeta('Outcome_01', { entity: 'LearningDelivery', fields: ['Outcome'], group: 'completion' }), {
  records: ['LearningDelivery'],
  field: 'Outcome',
});
