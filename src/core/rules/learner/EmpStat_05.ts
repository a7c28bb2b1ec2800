import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** EmpStat_05 (error): if returned, each EmpStat must be a valid code of the year's list. Same in ESFA's 2020-21 service (a lookup on that year's list). */
export const EmpStat_05 = lookupRule(officialMeta('EmpStat_05', { entity: 'LearnerEmploymentStatus', fields: ['EmpStat'], group: 'codes' }), { records: ['LearnerEmploymentStatus'], field: 'EmpStat' });
