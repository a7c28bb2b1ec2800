/**
 * The summary as blocks of rows for the `Summary` worksheet (written by the task pane's port): one block per count,
 * code | meaning | count, and the destinations due list with each learner's row. Pure data.
 */
import type { CodeCount, OutcomeSummary } from './summarise';

export interface SummaryBlock {
  heading: string;
  header: string[];
  rows: (string | number)[][];
  /** Whether the port draws a column chart of this block (last column as the values). */
  chart?: boolean;
}

function counts(heading: string, field: string, list: CodeCount[], chart = false): SummaryBlock {
  return { heading, header: [field, 'Meaning', 'Aims or outcomes'], rows: list.map((c) => [c.code, c.description ?? '', c.count]), chart: chart && list.length > 0 };
}

export function summaryBlocks(s: OutcomeSummary): SummaryBlock[] {
  return [
    counts('Completion status', 'CompStatus', s.compStatus, true),
    counts('Outcome', 'Outcome', s.outcome),
    counts('Withdrawal reason', 'WithdrawReason', s.withdrawReason),
    counts('Destinations by type', 'OutType', s.outType),
    counts('Destinations by type and code', 'OutType OutCode', s.outTypeCode),
    {
      heading: `Destinations due or overdue (as of ${s.asOf})`,
      header: ['LearnRefNumber', 'Last end date', 'Due', 'Days overdue', 'Learner row'],
      rows: s.destinationsDue.map((d) => [
        d.learnRefNumber,
        d.lastEnd,
        d.due,
        d.overdueDays,
        d.location && 'sheet' in d.location ? `${d.location.sheet}!${d.location.cell}` : d.location ? `line ${d.location.line}` : '',
      ]),
    },
  ];
}
