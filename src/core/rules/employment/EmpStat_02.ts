import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimStartCheck, hasStatusBefore, isApprenticeshipProgramme } from './employment-shared';

/**
 * EmpStat_02 (error): an apprenticeship (DD07) programme aim (AimType 1) started on or before 31 July 2014 needs an
 * employment status dated on or before its start. The DD writes "LearnStartDate < 2014-07-31"; the Description says
 * "on or before 31 July 2014", as ESFA's service reads it: followed. Reported at the aim's LearnStartDate.
 * 2020-21 (variant): ESFA's 2020-21 service also checks traineeship programme aims (ProgType 24). Followed for 2020-21.
 */
export const EmpStat_02: LearnerRule = {
  ...officialMeta('EmpStat_02', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'LearnStartDate', 'DateEmpStatApp'], group: 'employment' }),
  scope: 'learner',
  check: aimStartCheck((learner, aim, start, ctx) => start <= '2014-07-31' && isApprenticeshipProgramme(aim, ctx) && !hasStatusBefore(learner, start, ctx, true)),
  variants: [
    {
      years: { to: '2021' },
      check: aimStartCheck(
        (learner, aim, start, ctx) =>
          start <= '2014-07-31' &&
          (isApprenticeshipProgramme(aim, ctx) || (int(aim, 'AimType') === 1 && int(aim, 'ProgType') === 24)) &&
          !hasStatusBefore(learner, start, ctx, true),
      ),
      why: "ESFA's 2020-21 service also checks traineeship programme aims (ProgType 24).",
    },
  ],
};
