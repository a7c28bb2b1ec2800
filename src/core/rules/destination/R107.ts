import { deliveries, int, learners, text } from '../../model/access';
import type { MessageRule } from '../types';
import { allAimsClosed, hasDpFundModel, lastEndedAim, TRAINING_PROG_TYPES } from './closed-learning';
import { destinationsOf, dpReturnedOnly, hasOutcomeFrom } from './dp-shared';

/**
 * R107: a learner who has finished all their learning must have a destination outcome starting on or after the day
 * learning ended. As ESFA's service (R107Rule): a learner is in scope when no aim is a traineeship or apprenticeship
 * standard (ProgType 24/25), some aim is funded by FundModel 25, 35, 70 or 81, every aim has a LearnActEndDate, and the
 * aim that ended last is not a break in learning (CompStatus 6). It fires when no DPOutcome of the learner has an
 * OutStartDate on or after that last end date. Reported at the last aim's LearnActEndDate. As ESFA's service, the
 * learner's destination record is the first one whose LearnRefNumber equals the learner's exactly (case included;
 * R108 and Outcome_07/08 compare case-insensitively): a record differing only in case, or a second record, does not
 * count (both are R71/R_06 matters anyway).
 * Only for years whose ILR has the entity (it asks for a record in the return); for later years ADV_DP_Overdue gives
 * the same prompt as advice. Severity and message: error, with the message FIS showed for R107 in 2020-21 as quoted
 * on the ESFA help centre community ("R107 Destination and Progression", esfahelp.education.gov.uk, community post
 * 4405697851154); the 2020-21 rules list itself is not among the stored sources. The message speaks of two months,
 * but ESFA's implementation has no time condition (R108 has): the implementation is followed.
 */
const MESSAGE =
  "'Learner destination and progression' record is missing. You must return the 'learner destination and progression' record within two months of the 'learning actual end date'. Make sure the 'learner destination and progression' information is included within two months of the 'learning actual end date'";

export const R107: MessageRule = {
  id: 'R107',
  ...dpReturnedOnly('error'),
  message: MESSAGE,
  description:
    "Once a 16-19, adult skills, ESF or other adult funded learner (not on a traineeship or apprenticeship standard) has ended all their aims, other than for a break in learning, a destination outcome from the end of learning is expected. Source: ESFA's 2020-21 validation service (R107Rule).",
  entity: 'LearningDelivery',
  fields: ['FundModel', 'ProgType', 'LearnActEndDate', 'CompStatus', 'OutStartDate'],
  scope: 'message',
  check(msg, ctx) {
    for (const learner of learners(msg)) {
      if (!allAimsClosed(learner) || !hasDpFundModel(learner)) continue;
      if (deliveries(learner).some((a) => TRAINING_PROG_TYPES.has(int(a, 'ProgType') ?? -1))) continue;
      const last = lastEndedAim(learner)!;
      if (int(last.aim, 'CompStatus') === 6) continue;
      const ref = text(learner, 'LearnRefNumber');
      const ldp = destinationsOf(ctx, learner).find((d) => text(d, 'LearnRefNumber') === ref);
      if (ldp && hasOutcomeFrom([ldp], last.end)) continue;
      ctx.report(last.aim, 'LearnActEndDate', { learner });
    }
  },
};
