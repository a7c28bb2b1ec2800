import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * MODESTUD_01 (error): if returned, MODESTUD must be a valid code of the year's list (LearningDeliveryHE.MODESTUD).
 * Same in ESFA's 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's
 * lookup name).
 */
export const MODESTUD_01 = heLookupRule(officialMeta('MODESTUD_01', { entity: 'LearningDeliveryHE', fields: ['MODESTUD'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'MODESTUD',
});
