import { deliveries, int, kids, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { sameCode } from '../../derived/aims';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';
import { aged25AtStart, isCommunityLearning, llddRecords } from './fields-shared';

/**
 * LLDDHealthProb_07 (error): a learner with LLDDHealthProb 1, all of whose aims are community learning funded
 * (FundModel 10, or FundModel 99 with SOF 108) and whose planned learning hours are more than 10, must have an
 * LLDDandHealthProblem record. Not for learners aged 25 or over at the start of learning (DD06 − DateOfBirth).
 * 2020-21 (variant): ESFA's 2020-21 service asks that all aims be FundModel 10 or 99 and then fires only when no
 * FundModel 99 aim has a LearningDeliveryFAM other than SOF 108: a FundModel 99 aim without FAMs fires, one with SOF 108
 * and another FAM does not.
 */
function communityLearning2021(learner: IlrRecord): boolean {
  const aims = deliveries(learner);
  if (!aims.every((a) => [10, 99].includes(int(a, 'FundModel') ?? -1))) return false;
  return !aims.some(
    (a) =>
      int(a, 'FundModel') === 99 &&
      kids(a, 'LearningDeliveryFAM').some((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() !== 'SOF' || !sameCode(text(f, 'LearnDelFAMCode'), '108')),
  );
}

const check = (as2021: boolean) => (learner: IlrRecord, ctx: RuleContext) => {
  if (int(learner, 'LLDDHealthProb') !== 1 || llddRecords(learner).length > 0) return;
  const plh = int(learner, 'PlanLearnHours');
  if (plh === undefined || plh <= 10) return;
  if (!(as2021 ? communityLearning2021(learner) : deliveries(learner).every(isCommunityLearning))) return;
  if (aged25AtStart(learner, ctx)) return;
  ctx.report(learner, 'LLDDHealthProb');
};

export const LLDDHealthProb_07: LearnerRule = {
  ...officialMeta('LLDDHealthProb_07', {
    entity: 'Learner',
    fields: ['LLDDHealthProb', 'PlanLearnHours', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode', 'DateOfBirth', 'LearnStartDate'],
    group: 'learner-fields',
  }),
  scope: 'learner',
  check: check(false),
  variants: [
    {
      years: { to: '2021' },
      check: check(true),
      why: "ESFA's 2020-21 service counts a FundModel 99 aim as community learning unless it has a FAM other than SOF 108 (an aim without FAMs counts).",
    },
  ],
};
