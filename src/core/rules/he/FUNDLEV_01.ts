import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * FUNDLEV_01 (error): if returned, FUNDLEV must be a valid code of the year's list (LearningDeliveryHE.FUNDLEV).
 * Same in ESFA's 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's
 * lookup name).
 */
export const FUNDLEV_01 = heLookupRule(officialMeta('FUNDLEV_01', { entity: 'LearningDeliveryHE', fields: ['FUNDLEV'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'FUNDLEV',
});
