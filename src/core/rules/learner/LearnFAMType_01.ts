import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/**
 * LearnFAMType_01 (error): the LearnerFAM code must be a valid code for its FAM type (a code of another type, or a type
 * the year's list does not know, fails). Same in ESFA's 2020-21 service (a lookup on that year's list).
 */
export const LearnFAMType_01 = lookupRule(
  officialMeta('LearnFAMType_01', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode'], group: 'codes' }),
  { records: ['LearnerFAM'], field: 'LearnFAMCode', typeField: 'LearnFAMType' },
  () => 'LearnFAMCode',
);
