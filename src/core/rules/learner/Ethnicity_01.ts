import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** Ethnicity_01 (error): the learner's Ethnicity must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const Ethnicity_01 = lookupRule(officialMeta('Ethnicity_01', { entity: 'Learner', fields: ['Ethnicity'], group: 'codes' }), { records: [], field: 'Ethnicity' });
