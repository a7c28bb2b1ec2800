import { deliveries, dpOutcomes, int } from '../../model/access';
import type { LearnerRule } from '../types';
import { destinationsOf, dpReturnedOnly } from './dp-shared';

/**
 * Outcome_07: a traineeship programme aim (AimType 1, ProgType 24) with Outcome 2 (partial achievement) or 3 (no
 * achievement) needs a destination: the learner must have at least one DPOutcome. As ESFA's service (Outcome_07Rule):
 * reported once per such aim, at its Outcome. As ESFA's service, the learner's destination record is the first whose
 * LearnRefNumber matches case-insensitively (a second record for the learner, itself an R71 error, is not looked at).
 * Only for years whose ILR has the entity (the rule left the rules list with it, and traineeships have ended).
 */
const MESSAGE = 'A traineeship programme aim with a partial or no achievement outcome must have a Destination and Progression outcome';

export const Outcome_07: LearnerRule = {
  id: 'Outcome_07',
  ...dpReturnedOnly('error'),
  message: MESSAGE,
  description:
    "For a traineeship (programme aim, ProgType 24) recorded as partially achieved or not achieved (Outcome 2 or 3), the learner's destination must be returned. Source: ESFA's 2020-21 validation service (Outcome_07Rule).",
  entity: 'LearningDelivery',
  fields: ['AimType', 'ProgType', 'Outcome', 'OutType'],
  scope: 'learner',
  check(learner, ctx) {
    let hasOutcome: boolean | undefined;
    for (const aim of deliveries(learner)) {
      const outcome = int(aim, 'Outcome');
      if (int(aim, 'AimType') !== 1 || int(aim, 'ProgType') !== 24 || (outcome !== 2 && outcome !== 3)) continue;
      hasOutcome ??= destinationsOf(ctx, learner).slice(0, 1).some((ldp) => dpOutcomes(ldp).length > 0);
      if (hasOutcome) return;
      ctx.report(aim, 'Outcome');
    }
  },
};
