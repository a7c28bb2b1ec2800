import { date, deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';

/**
 * DD06: the earliest LearningDelivery.LearnStartDate of the learner's aims (ISO date), or undefined when no aim has a
 * start date. Computed once per learner per run and shared by the rules that use it.
 */
export function earliestStart(learner: IlrRecord, ctx: RuleContext): string | undefined {
  const memo = ctx.derived('dd06', () => new WeakMap<IlrRecord, string | null>());
  const known = memo.get(learner);
  if (known !== undefined) return known ?? undefined;
  let min: string | undefined;
  for (const a of deliveries(learner)) {
    const d = date(a, 'LearnStartDate');
    if (d !== undefined && (min === undefined || d < min)) min = d;
  }
  memo.set(learner, min ?? null);
  return min;
}
