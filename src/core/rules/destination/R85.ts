import { learners, text } from '../../model/access';
import type { MessageRule } from '../types';
import { destinationsOf, dpEveryYear } from './dp-shared';

/**
 * R85: the ULN on a learner's Destination and Progression record must be the ULN on their Learner record.
 * As ESFA's service (R85Rule): for each learner, each destination record with the same learner reference number
 * whose ULN differs is reported (at the destination record's ULN). We match references case-insensitively, as the
 * other DP look-ups do (ESFA compared exactly; a case-only difference is already an R71/R_06 matter). ULNs compare
 * as numbers when both are all digits; a record missing either ULN is left to the field-definition rules.
 * Applies in every year (the DPOutcome sheet keeps the ULN): advice where the ILR has no DP entity.
 */
const MESSAGE = 'The ULN on the Learner Destination and Progression record must match the ULN on the Learner record';

function sameUln(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  return x === y || (/^\d+$/.test(x) && /^\d+$/.test(y) && Number(x) === Number(y));
}

export const R85: MessageRule = {
  id: 'R85',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "A learner's destination record must carry the same ULN as the learner. Source: ESFA's 2020-21 validation service (R85Rule).",
  entity: 'LearnerDestinationandProgression',
  fields: ['ULN', 'LearnRefNumber'],
  scope: 'message',
  check(msg, ctx) {
    for (const learner of learners(msg)) {
      const uln = text(learner, 'ULN');
      if (uln === undefined) continue;
      for (const ldp of destinationsOf(ctx, learner)) {
        const dpUln = text(ldp, 'ULN');
        if (dpUln === undefined || sameUln(uln, dpUln)) continue;
        ctx.report(ldp, 'ULN', { learner, related: [{ record: learner, field: 'ULN' }] });
      }
    }
  },
};
