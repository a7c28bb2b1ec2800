import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** Sex_01 (error): the learner's Sex must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const Sex_01 = lookupRule(officialMeta('Sex_01', { entity: 'Learner', fields: ['Sex'], group: 'codes' }), { records: [], field: 'Sex' });
