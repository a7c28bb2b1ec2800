import { date, deliveries } from '../../model/access';
import { daysBetween } from '../../model/dates';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { daysSinceStart, hasDeliveryFam, learnerHasDeliveryFam, plannedOrActualAtLeast } from '../derived/aims';
import { filePreparationDate, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { ofsFunded } from './ULN_10';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_11 (error): on or after 1 January of the teaching year (file preparation date), the temporary ULN must not be
 * used for an OfS-funded aim (FundModel 99 and SOF = 1) whose planned or actual duration is 5 days or more and that
 * started more than 60 days before the file preparation date. Not for OLASS aims (LDM = 034).
 * (The official Description speaks of OLASS learners and short aims; the DetailedDescription and Exclusions, followed
 * here, speak of OfS-funded aims of 5 days or more and exclude OLASS.)
 * 2020-21 (variant): ESFA's 2020-21 service skips the whole learner when any aim has LDM = 034, and counts an aim only
 * when it is not short: planned duration ≥ 5 days AND (no actual end date OR actual duration ≥ 5 days). Followed for
 * 2020-21; from 2021-22 on, an OLASS aim is skipped on its own and "planned OR actual ≥ 5 days" counts.
 */
function notShort2021(aim: IlrRecord): boolean {
  const start = date(aim, 'LearnStartDate');
  const plan = date(aim, 'LearnPlanEndDate');
  const act = date(aim, 'LearnActEndDate');
  if (start === undefined || plan === undefined) return false;
  return daysBetween(start, plan) >= 5 && (act === undefined || daysBetween(start, act) >= 5);
}

export const ULN_11: LearnerRule = {
  ...officialMeta('ULN_11', {
    entity: 'Learner',
    fields: ['ULN', 'FundModel', 'LearnStartDate', 'LearnPlanEndDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'ULN',
  }),
  scope: 'learner',
  check: uln11(false),
  variants: [
    {
      years: { to: '2021' },
      check: uln11(true),
      why: "ESFA's 2020-21 service skips the learner when any aim has LDM 034, and counts an aim only when its planned duration is 5 days or more and its actual duration (if ended) too.",
    },
  ],
};

function uln11(as2021: boolean): LearnerRule['check'] {
  return (learner, ctx) => {
    if (!hasTemporaryUln(learner)) return;
    const fpd = filePreparationDate(ctx);
    if (fpd < januaryFirst(ctx.year)) return;
    if (as2021 && learnerHasDeliveryFam(learner, 'LDM', '034')) return;
    const aim = deliveries(learner).find((a) => {
      if (hasDeliveryFam(a, 'LDM', '034') || !ofsFunded(a)) return false;
      if (!(as2021 ? notShort2021(a) : plannedOrActualAtLeast(a, 5))) return false;
      const since = daysSinceStart(a, fpd);
      return since !== undefined && since > 60;
    });
    if (aim) reportUln(ctx, learner, aim);
  };
}
