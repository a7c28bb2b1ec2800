import { officialMeta } from '../catalogue/official-meta';
import { heLookupRule } from './he-shared';

/**
 * TTACCOM_01 (error): if returned, TTACCOM must be a valid code of the year's list (LearnerHE.TTACCOM). Same in
 * ESFA's 2020-21 service (a lookup on that year's list, which the 2020-21 code asset keeps under ESFA's lookup
 * name).
 */
export const TTACCOM_01 = heLookupRule(officialMeta('TTACCOM_01', { entity: 'LearnerHE', fields: ['TTACCOM'], group: 'codes' }), {
  records: ['LearnerHE'],
  field: 'TTACCOM',
});
