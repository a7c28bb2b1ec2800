import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** LLDDCat_01 (error): if returned, each LLDDCat must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const LLDDCat_01 = lookupRule(officialMeta('LLDDCat_01', { entity: 'LLDDandHealthProblem', fields: ['LLDDCat'], group: 'codes' }), { records: ['LLDDandHealthProblem'], field: 'LLDDCat' });
