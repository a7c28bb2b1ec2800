import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * SEC_01 (error): if returned, SEC must be a valid code of the year's list (LearningDeliveryHE.SEC). Same in ESFA's
 * 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's lookup name).
 */
export const SEC_01 = heLookupRule(officialMeta('SEC_01', { entity: 'LearningDeliveryHE', fields: ['SEC'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'SEC',
});
