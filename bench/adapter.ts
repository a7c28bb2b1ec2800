import { isoToSerial } from '../src/core/cells/excel-date';
import type { CellValue, SheetTable } from '../src/core/sheet/table';
import { messageToTables } from '../src/core/sheet/write-tables';
import { checkWorkbook } from '../src/taskpane/app/check-workbook';
import { DEFAULT_PANE_SETTINGS } from '../src/taskpane/app/settings-model';
import { readSheet } from '../src/taskpane/excel/excel-port';
import type { WorkbookPort } from '../src/taskpane/excel/workbook-port';
import { syntheticMessage } from './synthetic';
import { line, mb, timeIt } from './timing';

/** A fake Excel request context whose worksheets answer at once from rows held in memory (header row first). */
function hostContext(sheets: ReadonlyMap<string, CellValue[][]>, onSync: () => void = () => undefined): Excel.RequestContext {
  const worksheet = (name: string) => {
    const rows = sheets.get(name);
    const cols = rows?.[0]?.length ?? 0;
    return {
      isNullObject: rows === undefined,
      getUsedRangeOrNullObject: () => ({ isNullObject: !rows, rowIndex: 0, columnIndex: 0, rowCount: rows?.length ?? 0, columnCount: cols, load: () => undefined }),
      getRangeByIndexes: (r: number, _c: number, n: number) => ({ values: rows!.slice(r, r + n).map((row) => (row.length === cols ? row : [...row, ...Array<CellValue>(cols - row.length).fill('')])), load: () => undefined }),
    };
  };
  return { workbook: { worksheets: { getItemOrNullObject: worksheet } }, sync: async () => void onSync() } as unknown as Excel.RequestContext;
}

/**
 * The task pane's Office.js adapter reading 100,000 learners (100,001 rows × 40 columns) from a host that answers at
 * once: the adapter's own cost of cutting the sheet into blocks and gathering the rows, without Excel's. (The block and
 * sync counts are asserted in test/unit/taskpane/excel/excel-port.test.ts; the time is measured here, not in a test.)
 * Then the whole pane check (checkWorkbook: read every ILR sheet through the adapter, build the message, check it in
 * chunks) of 100,000 synthetic learners × 2 aims held by such an in-memory host: time, and the pane's peak heap and
 * RSS above what the host's own copy of the workbook takes.
 */
export async function benchAdapter(rows = 100_001, cols = 40, learners = Number(process.env['ILR_BENCH_LEARNERS'] ?? 100_000)): Promise<void> {
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

  await benchPaneCheck(learners);
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function benchPaneCheck(learners: number): Promise<void> {
  // the host's workbook: the sheets as Excel would hold them (the model they were made from is dropped)
  const sheets = new Map<string, CellValue[][]>();
  // dates as Excel gives them through Office.js: serial numbers
  const asExcel = (v: CellValue): CellValue => (v instanceof Date ? isoToSerial(v.toISOString().slice(0, 10)) : v);
  for (const t of messageToTables(syntheticMessage(learners, 2)) as SheetTable[]) sheets.set(t.sheet, [t.headers, ...t.rows.map((r) => r.map(asExcel))]);
  gc();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  let syncs = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const context = hostContext(sheets, () => {
    syncs++;
    sample();
  });
  const port = {
    sheetNames: async () => [...sheets.keys()],
    readSheet: (name: string, progress?: (done: number, total: number) => void) => readSheet(context, name, progress),
  } as unknown as WorkbookPort;
  let steps = 0;
  let longest = 0;
  let last = performance.now();
  const started = last;
  const c = await checkWorkbook(port, { ...DEFAULT_PANE_SETTINGS, year: '2526', asOf: '2026-07-31' }, () => {
    steps++;
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    sample();
  });
  const wall = performance.now() - started;
  sample();
  line(`pane check: ${learners.toLocaleString('en-GB')} learners × 2 aims, in-memory host (${syncs} syncs)`, `${(wall / 1000).toFixed(1)} s, ${c.findings.length} findings, ${steps} progress steps, longest between steps ${longest.toFixed(0)} ms`);
  const byRule = new Map<string, number>();
  for (const f of c.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  line('  findings by rule (the most frequent)', [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([r, k]) => `${r} ${k}`).join(', '));
  line('  host workbook held before the check (heap / RSS)', `${mb(base.heapUsed)} / ${mb(base.rss)}`);
  line('  peak during the check (heap / RSS, sampled per block)', `${mb(peakHeap)} / ${mb(peakRss)}`);
  line('  the pane’s own peak (peak − host workbook)', `${mb(peakHeap - base.heapUsed)} heap / ${mb(peakRss - base.rss)} RSS`);
}
