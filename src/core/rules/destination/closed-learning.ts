import { date, deliveries, int } from '../../model/access';
import type { IlrRecord } from '../../model/record';

/** Funding models whose learners had to have a destination returned (16-19, adult skills, ESF, other adult). */
export const DP_FUND_MODELS: ReadonlySet<number> = new Set([25, 35, 70, 81]);
/** Traineeship (24) and apprenticeship standard (25) programmes: R107/R108 leave those learners out. */
export const TRAINING_PROG_TYPES: ReadonlySet<number> = new Set([24, 25]);

/**
 * The learner's aim with the latest LearnActEndDate (the first such aim in file order on a tie, as ESFA's LINQ
 * OrderByDescending is stable), or undefined when no aim has an actual end date.
 */
export function lastEndedAim(learner: IlrRecord): { aim: IlrRecord; end: string } | undefined {
  let best: { aim: IlrRecord; end: string } | undefined;
  for (const aim of deliveries(learner)) {
    const end = date(aim, 'LearnActEndDate');
    if (end !== undefined && (best === undefined || end > best.end)) best = { aim, end };
  }
  return best;
}

/** Whether the learner has aims and every one has an actual end date. */
export function allAimsClosed(learner: IlrRecord): boolean {
  const aims = deliveries(learner);
  return aims.length > 0 && aims.every((a) => date(a, 'LearnActEndDate') !== undefined);
}

export function hasDpFundModel(learner: IlrRecord): boolean {
  return deliveries(learner).some((a) => DP_FUND_MODELS.has(int(a, 'FundModel') ?? -1));
}
