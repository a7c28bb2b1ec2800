import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule } from '../types';
import { aimStartCheck, hasStatusBefore } from './employment-shared';

/**
 * EmpStat_11 (error): a 16-19 aim (FundModel 25 or 82) started on or after 1 August 2014, of a learner whose planned
 * learning hours plus planned EEP hours are under 540 (a blank counts as 0, as ESFA's service reckons), needs an
 * employment status dated before its start. Reported at the aim's LearnStartDate.
 * 2020-21 (variant): ESFA's 2020-21 service excludes traineeships (ProgType 24). Followed for 2020-21.
 */
const underHours = (learner: IlrRecord) => (int(learner, 'PlanLearnHours') ?? 0) + (int(learner, 'PlanEEPHours') ?? 0) < 540;
const sixteenToNineteen = (aim: IlrRecord) => [25, 82].includes(int(aim, 'FundModel') ?? -1);

export const EmpStat_11: LearnerRule = {
  ...officialMeta('EmpStat_11', {
    entity: 'LearningDelivery',
    fields: ['LearnStartDate', 'FundModel', 'PlanLearnHours', 'PlanEEPHours', 'DateEmpStatApp'],
    group: 'employment',
  }),
  scope: 'learner',
  check: aimStartCheck((learner, aim, start, ctx) => start >= '2014-08-01' && sixteenToNineteen(aim) && underHours(learner) && !hasStatusBefore(learner, start, ctx)),
  variants: [
    {
      years: { to: '2021' },
      fields: ['LearnStartDate', 'FundModel', 'ProgType', 'PlanLearnHours', 'PlanEEPHours', 'DateEmpStatApp'],
      check: aimStartCheck(
        (learner, aim, start, ctx) =>
          start >= '2014-08-01' && sixteenToNineteen(aim) && int(aim, 'ProgType') !== 24 && underHours(learner) && !hasStatusBefore(learner, start, ctx),
      ),
      why: "ESFA's 2020-21 service excludes traineeships (ProgType 24).",
    },
  ],
};
