import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { statusCheck } from './employment-shared';

/** DateEmpStatApp_02 (error): a DateEmpStatApp before 1 August 1990 is reported. Same in ESFA's 2020-21 service. */
export const DateEmpStatApp_02: LearnerRule = {
  ...officialMeta('DateEmpStatApp_02', { entity: 'LearnerEmploymentStatus', fields: ['DateEmpStatApp'], group: 'employment' }),
  scope: 'learner',
  check: statusCheck((s) => {
    const d = date(s, 'DateEmpStatApp');
    return d !== undefined && d < '1990-08-01' ? 'DateEmpStatApp' : undefined;
  }),
};
