import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimStartCheck, hasStatusBefore } from './employment-shared';

/**
 * EmpStat_22 (error): a Tailored Learning aim (FundModel 11) needs an employment status that applies on its start date:
 * one dated on or before its LearnStartDate. The DD's "no Employment status record where DateEmpStatApp is not on or
 * before the LearnStartDate" is a double negative; read with the message ("a status ... that applies to the learning
 * aim start date") as "none dated on or before the start". No age condition. Reported at the aim's LearnStartDate.
 * Not in 2020-21.
 */
export const EmpStat_22: LearnerRule = {
  ...officialMeta('EmpStat_22', { entity: 'LearningDelivery', fields: ['LearnStartDate', 'FundModel', 'DateEmpStatApp'], group: 'employment', years: { from: '2122' } }),
  scope: 'learner',
  check: aimStartCheck((learner, aim, start, ctx) => int(aim, 'FundModel') === 11 && !hasStatusBefore(learner, start, ctx, true)),
};
