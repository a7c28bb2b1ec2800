import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimStartCheck, hasStatusBefore, nineteenOnAugust31 } from './employment-shared';

/**
 * EmpStat_21 (error): an Adult Skills Fund aim (FundModel 38) of a learner 19 or over on 31 August of the teaching year
 * it started in needs an employment status dated before its start ("DateEmpStatApp < LearnStartDate"). Without a date
 * of birth the age is not known and the rule does not fire (as ESFA's EmpStat_08). Reported at the aim's
 * LearnStartDate. Not in 2020-21.
 */
export const EmpStat_21: LearnerRule = {
  ...officialMeta('EmpStat_21', {
    entity: 'LearningDelivery',
    fields: ['LearnStartDate', 'FundModel', 'DateOfBirth', 'DateEmpStatApp'],
    group: 'employment',
    years: { from: '2122' },
  }),
  scope: 'learner',
  check: aimStartCheck((learner, aim, start, ctx) => int(aim, 'FundModel') === 38 && nineteenOnAugust31(learner, start) && !hasStatusBefore(learner, start, ctx)),
};
