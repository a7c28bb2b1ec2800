import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * QUALENT3_02 (error): if returned, QUALENT3 (qualification on entry) must be a valid code of the year's list. Same in
 * ESFA's 2020-21 service. The product's 2025-26 QUALENT3 list is known to be incomplete (the ESFA 2025-26 sample uses
 * D82, which it lacks); whether a code missing from an incomplete list is reported is for the lookup machinery
 * (learner/code-lookup.ts) to decide.
 */
export const QUALENT3_02 = heLookupRule(officialMeta('QUALENT3_02', { entity: 'LearningDeliveryHE', fields: ['QUALENT3'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'QUALENT3',
});
