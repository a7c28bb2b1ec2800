import { int } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { hasDeliveryFam } from '../derived/aims';
import { isApprenticeship } from '../derived/programme';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { aimStartCheck, hasStatusBefore, isCommunityLearning, nineteenOnAugust31 } from './employment-shared';

/**
 * EmpStat_08 (error): an adult skills, Skills Bootcamp or non-funded aim (FundModel 35, 37, 81, 99) started on or after
 * 1 August 2014, of a learner 19 or over on 31 August of the teaching year it started in, needs an employment status
 * dated before its start ("DateEmpStatApp < LearnStartDate"). Apprenticeships (DD07) and community learning (FundModel
 * 99 with SOF 108) excluded. Reported at the aim's LearnStartDate.
 * 2020-21 (variant): ESFA's 2020-21 service checks FundModel 35, 81 and 99 (no Skills Bootcamps then) and also excludes
 * traineeships (ProgType 24) and OLASS aims (LDM 034). Followed for 2020-21.
 */
function fires(fundModels: readonly number[], esfa: boolean) {
  return (learner: IlrRecord, aim: IlrRecord, start: string, ctx: RuleContext): boolean =>
    start >= '2014-08-01' &&
    fundModels.includes(int(aim, 'FundModel') ?? -1) &&
    !isApprenticeship(aim, ctx.year) &&
    !isCommunityLearning(aim) &&
    !(esfa && (int(aim, 'ProgType') === 24 || hasDeliveryFam(aim, 'LDM', '034'))) &&
    nineteenOnAugust31(learner, start) &&
    !hasStatusBefore(learner, start, ctx);
}

export const EmpStat_08: LearnerRule = {
  ...officialMeta('EmpStat_08', {
    entity: 'LearningDelivery',
    fields: ['LearnStartDate', 'FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode', 'DateOfBirth', 'DateEmpStatApp'],
    group: 'employment',
  }),
  scope: 'learner',
  check: aimStartCheck(fires([35, 37, 81, 99], false)),
  variants: [
    {
      years: { to: '2021' },
      check: aimStartCheck(fires([35, 81, 99], true)),
      why: "ESFA's 2020-21 service checks FundModel 35, 81 and 99 and also excludes traineeships (ProgType 24) and OLASS aims (LDM 034).",
    },
  ],
};
