import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { statusCheck } from './employment-shared';

/**
 * DateEmpStatApp_01 (error): a DateEmpStatApp after the current teaching year (after its 31 July) is reported. Same in
 * ESFA's 2020-21 service (after the year's end date).
 */
export const DateEmpStatApp_01: LearnerRule = {
  ...officialMeta('DateEmpStatApp_01', { entity: 'LearnerEmploymentStatus', fields: ['DateEmpStatApp'], group: 'employment' }),
  scope: 'learner',
  check: statusCheck((s, _learner, ctx) => {
    const d = date(s, 'DateEmpStatApp');
    return d !== undefined && d > ctx.year.end ? 'DateEmpStatApp' : undefined;
  }),
};
