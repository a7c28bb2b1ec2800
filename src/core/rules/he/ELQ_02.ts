import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * ELQ_02 (error): if returned, ELQ must be a valid code of the year's list (LearningDeliveryHE.ELQ). Same in ESFA's
 * 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's lookup name).
 */
export const ELQ_02 = heLookupRule(officialMeta('ELQ_02', { entity: 'LearningDeliveryHE', fields: ['ELQ'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'ELQ',
});
