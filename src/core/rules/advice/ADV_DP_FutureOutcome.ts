import { date, dpOutcomes } from '../../model/access';
import { addMonths } from '../../model/dates';
import { outCode, outType } from '../destination/dp-shared';
import type { DestinationRule } from '../types';
import { ADVICE } from './advice-shared';

/**
 * ADV_DP_FutureOutcome: an outcome whose OutStartDate is after the as-of date. Two messages:
 * - within a year of when it was collected (OutCollDate, or the as-of date when there is none): a reminder that a
 *   future outcome counts as a positive destination only once it is confirmed to have taken place;
 * - more than 12 calendar months after that date: future outcomes may be recorded only with a definite start date
 *   within the following year, so this one looks aspirational.
 * An outcome starting on the as-of date is not future. Reported at OutStartDate, once per outcome. Every year.
 */
export const ADV_DP_FutureOutcome: DestinationRule = {
  id: 'ADV_DP_FutureOutcome',
  ...ADVICE,
  message: 'The destination starts in the future',
  description:
    'Outcomes due to occur in the future (e.g. a confirmed place on a course starting in two months) may be recorded, but only with a definite start date within the following year: aspirational outcomes must not be recorded, and future outcomes do not count as positive destinations unless later confirmed to have taken place (then update the collection date). Source: Provider Support Manual, "Recording Learner Destination and Progression" (seed 000).',
  entity: 'DPOutcome',
  fields: ['OutStartDate', 'OutCollDate'],
  scope: 'destination',
  check(ldp, ctx) {
    for (const o of dpOutcomes(ldp)) {
      const start = date(o, 'OutStartDate');
      if (start === undefined || start <= ctx.asOf) continue;
      const coll = date(o, 'OutCollDate');
      const base = coll ?? ctx.asOf;
      const what = `The ${outType(o) ?? '?'} ${outCode(o) ?? '?'} destination starts on ${start}`;
      const message =
        start > addMonths(base, 12)
          ? `${what}, more than a year after ${coll ? `it was collected (${coll})` : `${ctx.asOf}`}: only future outcomes with a definite start date within the following year may be recorded; aspirational outcomes must not be.`
          : `${what}, after ${ctx.asOf}: a future destination counts only once it is confirmed to have taken place; confirm it then and update the collection date.`;
      ctx.report(o, 'OutStartDate', { message });
    }
  },
};
