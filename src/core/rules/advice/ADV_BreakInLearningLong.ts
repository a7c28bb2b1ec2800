import { date, deliveries, int } from '../../model/access';
import { addMonths, daysBetween } from '../../model/dates';
import type { LearnerRule } from '../types';
import { ADVICE, aimLabel, months } from './advice-shared';
import { hasRestart } from './restart';

/**
 * ADV_BreakInLearningLong: a break in learning (CompStatus 6) that began more than settings.breakInLearningMonths
 * (default 6) months before the as-of date — its LearnActEndDate plus that many calendar months is before as-of —
 * with no restart (see restart.ts: a later aim with the same LearnAimRef and programme). Not on the day the months are
 * up, from the day after. Reported at the aim's CompStatus. Every year.
 */
export const ADV_BreakInLearningLong: LearnerRule = {
  id: 'ADV_BreakInLearningLong',
  ...ADVICE,
  message: 'The break in learning has lasted longer than expected and no restart is recorded',
  description:
    'A break in learning (CompStatus 6) is for a learner who has agreed to come back to the same aim; you must have evidence that the learner agrees to return, otherwise the learner must be reported as withdrawn. A long break with no restart is often a learner who has in fact left: confirm the return plan, or change CompStatus 6 to 3 (withdrawn) with the right withdrawal reason. Threshold: settings.breakInLearningMonths (default 6). Sources: ESFA help centre, "How to record a break in learning"; Provider Support Manual, "Recording breaks in learning, transfers and restarts"; seed 001 (completion status 6 "should not be used indefinitely").',
  entity: 'LearningDelivery',
  fields: ['CompStatus', 'LearnActEndDate', 'LearnAimRef', 'LearnStartDate', 'ProgType', 'StdCode'],
  scope: 'learner',
  check(learner, ctx) {
    const limit = ctx.settings.breakInLearningMonths;
    for (const aim of deliveries(learner)) {
      if (int(aim, 'CompStatus') !== 6) continue;
      const end = date(aim, 'LearnActEndDate');
      if (end === undefined || addMonths(end, limit) >= ctx.asOf) continue;
      if (hasRestart(learner, aim)) continue;
      const days = daysBetween(end, ctx.asOf);
      ctx.report(aim, 'CompStatus', {
        message: `${aimLabel(aim)} has been on a break in learning (CompStatus 6) since ${end}, ${days} days as of ${ctx.asOf} (more than ${months(limit)}), with no restart recorded: confirm the learner has agreed to return, or record them as withdrawn (CompStatus 3 with a withdrawal reason).`,
      });
    }
  },
};
