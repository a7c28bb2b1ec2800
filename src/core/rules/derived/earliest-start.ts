import { date, deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';
import { learnerDerived } from './define';

/** DD06: the earliest LearningDelivery.LearnStartDate of the learner's aims (ISO date), or undefined when no aim has one. */
export const DD06 = learnerDerived('DD06', (learner): string | undefined => {
  let min: string | undefined;
  for (const a of deliveries(learner)) {
    const d = date(a, 'LearnStartDate');
    if (d !== undefined && (min === undefined || d < min)) min = d;
  }
  return min;
});

/** DD06 of a learner (computed once per learner per run). */
export function earliestStart(learner: IlrRecord, ctx: RuleContext): string | undefined {
  return ctx.get(DD06, learner);
}
