import { date, deliveries, int } from '../../model/access';
import { daysBetween } from '../../model/dates';
import type { LearnerRule } from '../types';
import { ADVICE, aimLabel } from './advice-shared';

/**
 * ADV_ContinuingPastPlannedEnd: an aim still recorded as continuing (CompStatus 1) whose planned end date is before
 * the as-of date. Fires the day after the planned end date (not on it). Reported at the aim's CompStatus, one finding
 * per aim. Every year.
 */
export const ADV_ContinuingPastPlannedEnd: LearnerRule = {
  id: 'ADV_ContinuingPastPlannedEnd',
  ...ADVICE,
  message: 'The aim is still recorded as continuing after its planned end date',
  description:
    'A learning aim still recorded as continuing (CompStatus 1) after its planned end date has passed. Records left on "continuing" when the learner has in fact completed, withdrawn or started a break keep drawing funding, an overpayment risk; check the status at least monthly and before each return, and update CompStatus and LearnActEndDate when the learning has ended. Learning that genuinely runs past its planned end date can stay at 1 (the planned end date itself is not changed). Source: seed 001 "ILR outcome and withdrawal codes" (completion status 1; "Leaving records on code 1 past the planned end date"); ILR specification, CompStatus field.',
  entity: 'LearningDelivery',
  fields: ['CompStatus', 'LearnPlanEndDate'],
  mentions: ['LearnAimRef'],
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (int(aim, 'CompStatus') !== 1) continue;
      const plan = date(aim, 'LearnPlanEndDate');
      if (plan === undefined || plan >= ctx.asOf) continue;
      const days = daysBetween(plan, ctx.asOf);
      ctx.report(aim, 'CompStatus', {
        message: `${aimLabel(aim)} is still recorded as continuing (CompStatus 1) but its planned end date ${plan} passed ${days} day${days === 1 ? '' : 's'} ago (as of ${ctx.asOf}): if the learner has completed, withdrawn or started a break, update the completion status and actual end date, as funding may still be drawn while it says continuing.`,
      });
    }
  },
};
