import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** Accom_01 (error): if returned, Accom must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const Accom_01 = lookupRule(officialMeta('Accom_01', { entity: 'Learner', fields: ['Accom'], group: 'codes' }), { records: [], field: 'Accom' });
