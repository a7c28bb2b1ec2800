import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * SPECFEE_01 (error): if returned, SPECFEE must be a valid code of the year's list (LearningDeliveryHE.SPECFEE).
 * Same in ESFA's 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's
 * lookup name).
 */
export const SPECFEE_01 = heLookupRule(officialMeta('SPECFEE_01', { entity: 'LearningDeliveryHE', fields: ['SPECFEE'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'SPECFEE',
});
