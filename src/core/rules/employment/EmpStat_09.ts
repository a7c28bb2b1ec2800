import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimStartCheck, hasStatusBefore, isApprenticeshipProgramme } from './employment-shared';

/**
 * EmpStat_09 (error): an apprenticeship (DD07) programme aim (AimType 1) started on or after 1 August 2014 needs an
 * employment status dated before its start. Contradiction decided: the 2025-26 DetailedDescription is a word-for-word
 * copy of EmpStat_08's (adult and non-funded aims), which would make the rule a duplicate; the Description
 * ("apprenticeship, programme aim, start on or after 1 August 2014, there must be an applicable employment status
 * record"), the error message ("applies prior to the learning start date") and ESFA's service make it the apprenticeship
 * rule, checked as ESFA does (DateEmpStatApp < LearnStartDate). Flag for human review. Reported at the LearnStartDate.
 * 2020-21 (variant): ESFA's 2020-21 service also checks traineeship programme aims (ProgType 24). Followed for 2020-21.
 */
export const EmpStat_09: LearnerRule = {
  ...officialMeta('EmpStat_09', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'LearnStartDate', 'DateEmpStatApp'], group: 'employment' }),
  scope: 'learner',
  check: aimStartCheck((learner, aim, start, ctx) => start >= '2014-08-01' && isApprenticeshipProgramme(aim, ctx) && !hasStatusBefore(learner, start, ctx)),
  variants: [
    {
      years: { to: '2021' },
      check: aimStartCheck(
        (learner, aim, start, ctx) =>
          start >= '2014-08-01' &&
          (isApprenticeshipProgramme(aim, ctx) || (int(aim, 'AimType') === 1 && int(aim, 'ProgType') === 24)) &&
          !hasStatusBefore(learner, start, ctx),
      ),
      why: "ESFA's 2020-21 service also checks traineeship programme aims (ProgType 24).",
    },
  ],
};
