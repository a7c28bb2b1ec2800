import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { validToRule } from './code-lookup';

/**
 * ESMType_11 (error): the date the employment status applies (DateEmpStatApp) must not be after the "valid to" date of
 * the ESM type and code returned with it (e.g. BSI 1-3 closed on 2020-07-31). An unknown code is ESMType_01's.
 * (The official message, "The Length of employment has been returned", is kept as published.)
 */
export const ESMType_11 = validToRule(
  officialMeta('ESMType_11', { entity: 'EmploymentStatusMonitoring', fields: ['ESMType', 'ESMCode', 'DateEmpStatApp'], group: 'codes' }),
  { records: ['LearnerEmploymentStatus', 'EmploymentStatusMonitoring'], field: 'ESMCode', typeField: 'ESMType' },
  (_learner, held) => date(held.parent, 'DateEmpStatApp'),
);
