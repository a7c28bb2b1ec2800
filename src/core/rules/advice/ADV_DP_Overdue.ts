import { date, deliveries, int } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { hasDeliveryFam } from '../derived/aims';
import { destinationsOf, hasOutcomeFrom } from '../destination/dp-shared';
import { lastEndedAim } from '../destination/closed-learning';
import type { LearnerRule } from '../types';
import { ADVICE, months } from './advice-shared';
import { destinationDueDate, overdueDays } from './destination-due';

/**
 * ADV_DP_Overdue: a learner who has ended all their learning — every aim has a LearnActEndDate and none is continuing
 * (CompStatus 1) or on a break (CompStatus 6) — whose destination was due (last LearnActEndDate +
 * settings.destinationDueMonths calendar months, default 2) before the as-of date, with no destination outcome
 * starting on or after that last end date. Due on the day itself is not yet overdue. Learners in scope are those the
 * specification collected destinations for: an aim funded by FundModel 10, 25, 35, 70 or 81, or an apprenticeship
 * under FundModel 36 with contract type ACT 2. Reported at the last-ended aim's LearnActEndDate. Every year: for years
 * without the DP entity the destinations are those of the workbook's DPOutcome sheet.
 */
const FUND_MODELS: ReadonlySet<number> = new Set([10, 25, 35, 70, 81]);

function inScope(learner: IlrRecord): boolean {
  return deliveries(learner).some((a) => {
    const fm = int(a, 'FundModel');
    return (fm !== undefined && FUND_MODELS.has(fm)) || (fm === 36 && hasDeliveryFam(a, 'ACT', '2'));
  });
}

function ended(aim: IlrRecord): boolean {
  const cs = int(aim, 'CompStatus');
  return date(aim, 'LearnActEndDate') !== undefined && cs !== 1 && cs !== 6;
}

export const ADV_DP_Overdue: LearnerRule = {
  id: 'ADV_DP_Overdue',
  ...ADVICE,
  message: "The learner's destination is overdue",
  description:
    'Destination and progression is collected when the learner has completed or withdrawn from all the activities on their learning plan, and is required within two months of the learning being completed. This flags learners whose aims have all ended more than that long ago with no destination recorded from the end of learning; if the learner cannot be reached, record that (OTH 3, unable to contact learner). Threshold: settings.destinationDueMonths (default 2). Source: Provider Support Manual, "Recording Learner Destination and Progression" (seed 000); ILR specification 2021-22, DPOutcome entity (collection requirements). For years whose ILR no longer has the entity the destinations are kept in the workbook (Ofsted, combined and local authorities still ask for them).',
  entity: 'LearningDelivery',
  fields: ['LearnActEndDate', 'CompStatus', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode', 'OutStartDate'],
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    if (aims.length === 0 || !aims.every(ended) || !inScope(learner)) return;
    const last = lastEndedAim(learner);
    if (!last) return;
    const n = ctx.settings.destinationDueMonths;
    const due = destinationDueDate(last.end, n);
    const late = overdueDays(due, ctx.asOf);
    if (late === 0) return;
    if (hasOutcomeFrom(destinationsOf(ctx, learner), last.end)) return;
    ctx.report(last.aim, 'LearnActEndDate', {
      message: `All of this learner's aims have ended (the last on ${last.end}), so a destination was due by ${due} (${months(n)} later) and is ${late} day${late === 1 ? '' : 's'} overdue as of ${ctx.asOf}: record the destination (or OTH 3 if the learner cannot be contacted).`,
    });
  },
};
