import { date, deliveries, int } from '../../model/access';
import { addMonths, daysBetween } from '../../model/dates';
import type { LearnerRule } from '../types';
import { ADVICE, aimLabel, months } from './advice-shared';

/**
 * ADV_OutcomeNotKnownLong: a completed aim (CompStatus 2) still with Outcome 8 (learning activities complete but the
 * outcome is not yet known) more than settings.outcomeUnknownMonths (default 3) calendar months after its
 * LearnActEndDate (end + months is before as-of; not on the day itself). Reported at the aim's Outcome. Every year.
 */
export const ADV_OutcomeNotKnownLong: LearnerRule = {
  id: 'ADV_OutcomeNotKnownLong',
  ...ADVICE,
  message: 'The outcome of a completed aim has been "not yet known" for longer than expected',
  description:
    'Outcome 8 means the learning activities are complete but the outcome (exam or end-point assessment result) is not yet known. It should be replaced with the actual outcome (1 achieved, 2 partial achievement, 3 no achievement) and, when achieved, the achievement date, as soon as the result arrives; outcomes left at 8 understate achievement rates. Threshold: settings.outcomeUnknownMonths (default 3). Sources: ILR specification, Outcome field (code 8); seed 001 "ILR outcome and withdrawal codes" (codes should be updated as soon as the event occurs).',
  entity: 'LearningDelivery',
  fields: ['CompStatus', 'Outcome', 'LearnActEndDate'],
  mentions: ['LearnAimRef'],
  scope: 'learner',
  check(learner, ctx) {
    const limit = ctx.settings.outcomeUnknownMonths;
    for (const aim of deliveries(learner)) {
      if (int(aim, 'CompStatus') !== 2 || int(aim, 'Outcome') !== 8) continue;
      const end = date(aim, 'LearnActEndDate');
      if (end === undefined || addMonths(end, limit) >= ctx.asOf) continue;
      const days = daysBetween(end, ctx.asOf);
      ctx.report(aim, 'Outcome', {
        message: `${aimLabel(aim)} ended on ${end} and its outcome is still 8 (not yet known) ${days} days later (more than ${months(limit)}, as of ${ctx.asOf}): record the result (1, 2 or 3, with the achievement date if achieved) once it is known.`,
      });
    }
  },
};
