import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** PrimaryLLDD_02 (error): if returned, PrimaryLLDD must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const PrimaryLLDD_02 = lookupRule(officialMeta('PrimaryLLDD_02', { entity: 'LLDDandHealthProblem', fields: ['PrimaryLLDD'], group: 'codes' }), { records: ['LLDDandHealthProblem'], field: 'PrimaryLLDD' });
