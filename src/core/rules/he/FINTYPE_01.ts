import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * FINTYPE_01 (error): if returned, FINTYPE must be a valid code of the year's list
 * (LearnerHEFinancialSupport.FINTYPE). Same in ESFA's 2020-21 service (a lookup on that year's list, which the
 * 2020-21 code asset keeps under ESFA's lookup name).
 */
export const FINTYPE_01 = heLookupRule(officialMeta('FINTYPE_01', { entity: 'LearnerHEFinancialSupport', fields: ['FINTYPE'], group: 'codes' }), {
  records: ['LearnerHE', 'LearnerHEFinancialSupport'],
  field: 'FINTYPE',
});
