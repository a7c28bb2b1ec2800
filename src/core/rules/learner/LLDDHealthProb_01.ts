import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** LLDDHealthProb_01 (error): the learner's LLDDHealthProb must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const LLDDHealthProb_01 = lookupRule(officialMeta('LLDDHealthProb_01', { entity: 'Learner', fields: ['LLDDHealthProb'], group: 'codes' }), { records: [], field: 'LLDDHealthProb' });
