import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * MSTUFEE_01 (error): if returned, MSTUFEE must be a valid code of the year's list (LearningDeliveryHE.MSTUFEE).
 * Same in ESFA's 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's
 * lookup name). The product's 2025-26 MSTUFEE list is ESFA's 2020-21 lookup (its note: not verified for 2025-26): it
 * lacks code 10 (Student Loans Company), which MSTUFEE_07 names, so MSTUFEE 10 is reported here until the list is
 * updated.
 */
export const MSTUFEE_01 = heLookupRule(officialMeta('MSTUFEE_01', { entity: 'LearningDeliveryHE', fields: ['MSTUFEE'], group: 'codes' }), {
  records: ['LearningDelivery', 'LearningDeliveryHE'],
  field: 'MSTUFEE',
});
