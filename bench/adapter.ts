import { readSheet } from '../src/taskpane/excel/excel-port';
import { line, timeIt } from './timing';

/**
 * The task pane's Office.js adapter reading 100,000 learners (100,001 rows × 40 columns) from a host that answers at
 * once: the adapter's own cost of cutting the sheet into blocks and gathering the rows, without Excel's. (The block and
 * sync counts are asserted in test/unit/taskpane/excel/excel-port.test.ts; the time is measured here, not in a test.)
 */
export async function benchAdapter(rows = 100_001, cols = 40): Promise<void> {
  const row = Array.from({ length: cols }, (_, j) => `v${j}`);
  let syncs = 0;
  const ws = {
    isNullObject: false,
    getUsedRangeOrNullObject: () => ({ isNullObject: false, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols, load: () => undefined }),
    getRangeByIndexes: (_r: number, _c: number, n: number) => ({ values: Array.from({ length: n }, () => row), load: () => undefined }),
  };
  const context = { workbook: { worksheets: { getItemOrNullObject: () => ws } }, sync: async () => void syncs++ } as unknown as Excel.RequestContext;
  const t = await timeIt(5, async () => {
    syncs = 0;
    await readSheet(context, 'Learner');
  });
  line(`readSheet ${rows.toLocaleString('en-GB')} rows × ${cols} columns (${syncs} syncs)`, `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)})`);
}
