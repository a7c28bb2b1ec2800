import { date, int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { monitoringsOfType, statusCheck } from './employment-shared';

/**
 * ESMType_02 (error): a status "in paid employment" (EmpStat 10) applying on or after 1 August 2012 must have an
 * employment intensity indicator (an EII monitoring). Reported at the status's EmpStat. Same in ESFA's 2020-21 service.
 */
export const ESMType_02: LearnerRule = {
  ...officialMeta('ESMType_02', { entity: 'LearnerEmploymentStatus', fields: ['DateEmpStatApp', 'EmpStat', 'ESMType'], group: 'employment' }),
  scope: 'learner',
  check: statusCheck((s) => {
    const d = date(s, 'DateEmpStatApp');
    if (d === undefined || d < '2012-08-01' || int(s, 'EmpStat') !== 10) return undefined;
    return monitoringsOfType(s, 'EII').length === 0 ? 'EmpStat' : undefined;
  }),
};
