import { deliveries, int } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { hasDeliveryFam } from '../../derived/aims';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';
import { aged25AtStart, llddRecords } from './fields-shared';

/**
 * LLDDHealthProb_06 (error): a learner who considers themselves to have a learning difficulty, disability or health
 * problem (LLDDHealthProb 1) must have an LLDDandHealthProblem record. Not for community learning aims (FundModel 10),
 * non-funded provision (FundModel 99), or learners aged 25 or over at the start of learning (DD06 − DateOfBirth).
 * Decision: the exclusions name aims, the rule is about the learner: the learner is checked when at least one aim is
 * neither FundModel 10 nor 99.
 * 2020-21 (variant): ESFA's 2020-21 service skips the learner when any aim is FundModel 10 or FundModel 99 with SOF 108
 * (a FundModel 99 aim without SOF 108 does not exclude).
 */
function excluded(learner: IlrRecord, as2021: boolean): boolean {
  const aims = deliveries(learner);
  if (!as2021) return aims.every((a) => [10, 99].includes(int(a, 'FundModel') ?? -1));
  return aims.some((a) => int(a, 'FundModel') === 10 || (int(a, 'FundModel') === 99 && hasDeliveryFam(a, 'SOF', '108')));
}

const check = (as2021: boolean) => (learner: IlrRecord, ctx: RuleContext) => {
  if (int(learner, 'LLDDHealthProb') !== 1 || llddRecords(learner).length > 0) return;
  if (excluded(learner, as2021) || aged25AtStart(learner, ctx)) return;
  ctx.report(learner, 'LLDDHealthProb');
};

export const LLDDHealthProb_06: LearnerRule = {
  ...officialMeta('LLDDHealthProb_06', {
    entity: 'Learner',
    fields: ['LLDDHealthProb', 'FundModel', 'DateOfBirth', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'learner-fields',
  }),
  scope: 'learner',
  check: check(false),
  variants: [
    {
      years: { to: '2021' },
      check: check(true),
      why: "ESFA's 2020-21 service skips the learner when any aim is FundModel 10, or FundModel 99 with SOF 108.",
    },
  ],
};
