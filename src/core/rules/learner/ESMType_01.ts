import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/**
 * ESMType_01 (error): the employment status monitoring code must be a valid code for its ESM type (a code of another
 * type, or a type the year's list does not know, fails). Same in ESFA's 2020-21 service.
 */
export const ESMType_01 = lookupRule(
  officialMeta('ESMType_01', { entity: 'EmploymentStatusMonitoring', fields: ['ESMType', 'ESMCode'], group: 'codes' }),
  { records: ['LearnerEmploymentStatus', 'EmploymentStatusMonitoring'], field: 'ESMCode', typeField: 'ESMType' },
  () => 'ESMCode',
);
