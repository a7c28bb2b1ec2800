import { date, int } from '../../model/access';
import { daysBetween } from '../../model/dates';
import type { IlrRecord } from '../../model/record';
import { hasDeliveryFam } from '../derived/aims';
import { isApprenticeship } from '../derived/programme';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { aimStartCheck, hasStatusBefore, isCommunityLearning, nineteenOnAugust31 } from './employment-shared';

/**
 * EmpStat_01 (error): an adult skills or non-funded aim (FundModel 35, 81, 99) started from 1 August 2012 to 31 July
 * 2014, of a learner 19 or over on 31 August of the teaching year it started in, needs an employment status dated on or
 * before its start. Community learning (FundModel 99 with SOF 108) and apprenticeships (DD07) excluded. Reported at the
 * aim's LearnStartDate.
 * 2020-21 (variant): ESFA's 2020-21 service also excludes OLASS aims (LDM 034) and traineeships (ProgType 24), and
 * tests the age as more than 6,939 days between the date of birth and the 31 July its year calculation gives (the
 * same calendar year for a start from September, else the year before). Followed for 2020-21.
 */
const inPeriod = (start: string) => start >= '2012-08-01' && start <= '2014-07-31';
const funded = (aim: IlrRecord) => [35, 81, 99].includes(int(aim, 'FundModel') ?? -1);

function esfaAge(learner: IlrRecord, start: string): boolean {
  const dob = date(learner, 'DateOfBirth');
  if (dob === undefined) return false;
  const y = Number(start.slice(0, 4));
  const july31 = `${Number(start.slice(5, 7)) > 8 ? y : y - 1}-07-31`;
  return daysBetween(dob, july31) > 6939;
}

export const EmpStat_01: LearnerRule = {
  ...officialMeta('EmpStat_01', {
    entity: 'LearningDelivery',
    fields: ['LearnStartDate', 'FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode', 'DateOfBirth', 'DateEmpStatApp'],
    group: 'employment',
  }),
  scope: 'learner',
  check: aimStartCheck(
    (learner, aim, start, ctx: RuleContext) =>
      inPeriod(start) &&
      funded(aim) &&
      !isCommunityLearning(aim) &&
      !isApprenticeship(aim, ctx.year) &&
      nineteenOnAugust31(learner, start) &&
      !hasStatusBefore(learner, start, ctx, true),
  ),
  variants: [
    {
      years: { to: '2021' },
      check: aimStartCheck(
        (learner, aim, start, ctx) =>
          inPeriod(start) &&
          funded(aim) &&
          !isCommunityLearning(aim) &&
          !isApprenticeship(aim, ctx.year) &&
          int(aim, 'ProgType') !== 24 &&
          !hasDeliveryFam(aim, 'LDM', '034') &&
          esfaAge(learner, start) &&
          !hasStatusBefore(learner, start, ctx, true),
      ),
      why: "ESFA's 2020-21 service also excludes OLASS aims (LDM 034) and traineeships (ProgType 24), and reckons the age as more than 6,939 days to a 31 July.",
    },
  ],
};
