/**
 * The outcomes and destinations summary of a message, for the task pane's Summary screen and the Summary sheet:
 * aims by CompStatus, Outcome and WithdrawReason; destination outcomes by OutType and by OutType + OutCode; learners
 * whose destination is due or overdue as of a date, each with the location of their Learner row. Pure TypeScript, one
 * pass over learners and one over destination records (no quadratic joins).
 */
import { describeCode } from '../codes';
import { deliveries, destinationRecords, dpOutcomes, int, learners, text } from '../model/access';
import type { IlrMessage, Location } from '../model/record';
import { allAimsClosed, lastEndedAim } from '../rules/destination/closed-learning';
import { hasOutcomeFrom } from '../rules/destination/dp-shared';
import { destinationDueDate, overdueDays } from '../rules/advice/destination-due';

export interface CodeCount {
  code: string;
  /** The code's meaning from the year's code list, when known. */
  description?: string;
  count: number;
}

export interface DestinationDue {
  learnRefNumber: string;
  /** The last actual end date of the learner's aims. */
  lastEnd: string;
  /** lastEnd + the due months. */
  due: string;
  /** 0 while still due (not yet late), else whole days past the due date. */
  overdueDays: number;
  status: 'due' | 'overdue';
  /** The learner's row (or the Learner element's line). */
  location?: Location;
}

export interface OutcomeSummary {
  year: string;
  asOf: string;
  learners: number;
  aims: number;
  compStatus: CodeCount[];
  outcome: CodeCount[];
  withdrawReason: CodeCount[];
  outType: CodeCount[];
  /** Code is "OutType OutCode", e.g. "EMP 1". */
  outTypeCode: CodeCount[];
  /** Most overdue first. */
  destinationsDue: DestinationDue[];
}

export interface SummaryOptions {
  /** YYYY-MM-DD. */
  asOf: string;
  /** Months after the last end date a destination is due (default 2, as the advice setting). */
  dueMonths?: number;
}

class Tally {
  private readonly counts = new Map<string, number>();
  add(code: string | undefined): void {
    const c = code?.trim();
    if (c) this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
  }
  list(describe: (code: string) => string | undefined): CodeCount[] {
    return [...this.counts]
      .map(([code, count]) => ({ code, count, description: describe(code) }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code, 'en', { numeric: true }));
  }
}

function describer(year: string, field: string): (code: string) => string | undefined {
  return (code) => {
    try {
      return describeCode(year, field, code);
    } catch {
      return undefined;
    }
  };
}

export function summarise(msg: IlrMessage, opts: SummaryOptions): OutcomeSummary {
  const year = msg.year.code;
  const dueMonths = opts.dueMonths ?? 2;
  const comp = new Tally();
  const outcome = new Tally();
  const withdraw = new Tally();
  const outType = new Tally();
  const outTypeCode = new Tally();

  const dpByRef = new Map<string, ReturnType<typeof destinationRecords>>();
  for (const ldp of destinationRecords(msg)) {
    const ref = text(ldp, 'LearnRefNumber')?.trim().toUpperCase();
    if (ref) {
      const list = dpByRef.get(ref);
      if (list) list.push(ldp);
      else dpByRef.set(ref, [ldp]);
    }
    for (const o of dpOutcomes(ldp)) {
      const t = text(o, 'OutType')?.trim();
      outType.add(t);
      const c = text(o, 'OutCode')?.trim();
      if (t && c) outTypeCode.add(`${t} ${c}`);
    }
  }

  let aims = 0;
  const due: DestinationDue[] = [];
  const all = learners(msg);
  for (const l of all) {
    const ds = deliveries(l);
    aims += ds.length;
    for (const a of ds) {
      comp.add(text(a, 'CompStatus'));
      outcome.add(text(a, 'Outcome'));
      withdraw.add(text(a, 'WithdrawReason'));
    }
    // Learning has ended when every aim has an actual end date and none is continuing (1) or on a break (6).
    if (!allAimsClosed(l) || ds.some((a) => int(a, 'CompStatus') === 1 || int(a, 'CompStatus') === 6)) continue;
    const last = lastEndedAim(l);
    const ref = text(l, 'LearnRefNumber')?.trim();
    if (!last || !ref) continue;
    if (hasOutcomeFrom(dpByRef.get(ref.toUpperCase()) ?? [], last.end)) continue;
    const dueDate = destinationDueDate(last.end, dueMonths);
    const late = overdueDays(dueDate, opts.asOf);
    due.push({ learnRefNumber: ref, lastEnd: last.end, due: dueDate, overdueDays: late, status: late > 0 ? 'overdue' : 'due', location: l.loc });
  }
  due.sort((a, b) => b.overdueDays - a.overdueDays || a.due.localeCompare(b.due) || a.learnRefNumber.localeCompare(b.learnRefNumber));

  const outTypeDescribe = describer(year, 'OutType');
  return {
    year,
    asOf: opts.asOf,
    learners: all.length,
    aims,
    compStatus: comp.list(describer(year, 'CompStatus')),
    outcome: outcome.list(describer(year, 'Outcome')),
    withdrawReason: withdraw.list(describer(year, 'WithdrawReason')),
    outType: outType.list(outTypeDescribe),
    outTypeCode: outTypeCode.list((code) => {
      const [t, c] = code.split(' ');
      try {
        const d = describeCode(year, 'OutCode', c!, t);
        return d ? `${outTypeDescribe(t!) ?? t}: ${d}` : outTypeDescribe(t!);
      } catch {
        return outTypeDescribe(t!);
      }
    }),
    destinationsDue: due,
  };
}
