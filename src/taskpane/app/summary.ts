import { describeCode } from '../../core/codes';
import { date, deliveries, destinationRecords, dpOutcomes, int, learners, text } from '../../core/model/access';
import type { IlrMessage } from '../../core/model/record';
import { destinationDueDate, overdueDays } from '../../core/rules/advice/destination-due';

export interface CodeCount {
  code: string;
  description?: string;
  count: number;
}

export interface DestinationDue {
  learnRefNumber: string;
  lastEnd: string;
  due: string;
  overdueDays: number;
}

export interface Summary {
  compStatus: CodeCount[];
  outcome: CodeCount[];
  withdrawReason: CodeCount[];
  outType: CodeCount[];
  /** Learners whose aims have all ended and who have no destination from the end of learning, most overdue first. */
  destinationsDue: DestinationDue[];
}

function tally(yearCode: string, field: string, values: (string | undefined)[]): CodeCount[] {
  const m = new Map<string, number>();
  for (const v of values) if (v !== undefined && v !== '') m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()]
    .map(([code, count]) => ({ code, count, description: describeCode(yearCode, field, code) }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** Counts of completion status, outcome, withdrawal reason and destination type; destinations due or overdue. */
export function summarise(msg: IlrMessage, asOf: string, dueMonths: number): Summary {
  const y = msg.year.code;
  const aims = learners(msg).flatMap(deliveries);
  const dps = destinationRecords(msg);
  const outcomes = dps.flatMap(dpOutcomes);
  const dpStarts = new Map<string, string[]>();
  for (const d of dps) {
    const ref = text(d, 'LearnRefNumber');
    if (!ref) continue;
    const list = dpStarts.get(ref) ?? [];
    for (const o of dpOutcomes(d)) {
      const s = date(o, 'OutStartDate');
      if (s) list.push(s);
    }
    dpStarts.set(ref, list);
  }
  const due: DestinationDue[] = [];
  for (const l of learners(msg)) {
    const ref = text(l, 'LearnRefNumber');
    const ds = deliveries(l);
    if (!ref || ds.length === 0) continue;
    const ends = ds.map((a) => (int(a, 'CompStatus') === 1 || int(a, 'CompStatus') === 6 ? undefined : date(a, 'LearnActEndDate')));
    if (ends.some((e) => e === undefined)) continue;
    const lastEnd = (ends as string[]).sort().at(-1)!;
    if ((dpStarts.get(ref) ?? []).some((s) => s >= lastEnd)) continue;
    const dueDate = destinationDueDate(lastEnd, dueMonths);
    due.push({ learnRefNumber: ref, lastEnd, due: dueDate, overdueDays: overdueDays(dueDate, asOf) });
  }
  due.sort((a, b) => b.overdueDays - a.overdueDays || a.due.localeCompare(b.due));
  return {
    compStatus: tally(y, 'CompStatus', aims.map((a) => text(a, 'CompStatus'))),
    outcome: tally(y, 'Outcome', aims.map((a) => text(a, 'Outcome'))),
    withdrawReason: tally(y, 'WithdrawReason', aims.map((a) => text(a, 'WithdrawReason'))),
    outType: tally(y, 'OutType', outcomes.map((o) => text(o, 'OutType'))),
    destinationsDue: due,
  };
}
