import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * TYPEYR_01 (error): if returned, TYPEYR must be a valid code of the year's list (LearningDeliveryHE.TYPEYR). Same
 * in ESFA's
 * 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's lookup name).
 */
export const TYPEYR_01 = heLookupRule(officialMeta('TYPEYR_01', { entity: 'LearningDeliveryHE', fields: ['TYPEYR'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'TYPEYR',
});
