import { caseSeed, mutateTables, sampleTables, AS_OF } from '../../scripts/fuzz-workbook';
import { runChecks } from '../../src/core/rules/check';
import { readTables } from '../../src/core/sheet/read-tables';
import { isCellError, type CellValue, type SheetTable } from '../../src/core/sheet/table';
import { columnLetter } from '../../src/core/sheet/table';
import { marksFor } from '../../src/taskpane/app/check-workbook';
import { clearHighlights, createExcelPort, highlight, MARK_FORMULA } from '../../src/taskpane/excel/excel-port';

/**
 * Issue 14 item 4, the pane's part: for mutated copies of the sample workbook (the fuzz's own mutations), the pane's
 * Highlight (conditional-format fill and notes for every finding's cell) and Clear run on the in-memory Excel host
 * (test/browser/fake-excel): after Highlight every cell value is as it was, after Clear the whole workbook is — values,
 * the user's own formats and notes, conditional formats. Reading the sheets back through the adapter gives the values
 * that were checked.
 */

jest.setTimeout(180_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FakeExcel = require('../browser/fake-excel/fake-excel.js') as {
  install(data: unknown): { Excel: { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T> } };
  snapshot(): { sheets: { name: string; cells: Record<string, { value?: unknown }>; conditionalFormats: { formula: string }[]; notes: Record<string, string> }[] };
};

const CASES = 40;
const EPOCH = Date.UTC(1899, 11, 30);

/** A cell value as Excel holds it: dates as serial numbers, errors as their text. */
function excelValue(v: CellValue): string | number | boolean | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (v instanceof Date) return (v.getTime() - EPOCH) / 86_400_000;
  if (isCellError(v)) return v.error;
  return v as string | number | boolean;
}

/** The tables as the fake host's workbook, with a user format and a user note on each sheet's first data cell. */
function book(tables: SheetTable[]): unknown {
  return {
    sheets: tables.map((t) => {
      const cells: Record<string, Record<string, unknown>> = {};
      [t.headers, ...t.rows].forEach((row, r) => {
        row.forEach((v, c) => {
          const value = excelValue(v);
          if (value !== undefined) cells[`${columnLetter(t.firstColumn + c)}${t.headerRow + r}`] = { value };
        });
      });
      const first = `${columnLetter(t.firstColumn)}${t.headerRow + 1}`;
      cells[first] = { ...(cells[first] ?? {}), fill: '#00FF00' };
      return { name: t.sheet, cells, notes: { [first]: "the user's own note" }, conditionalFormats: [] };
    }),
  };
}

test(`${CASES} mutated workbooks: Highlight leaves every value; Clear leaves the workbook exactly as before`, async () => {
  const base = await sampleTables();
  let marked = 0;
  for (let i = 0; i < CASES; i++) {
    const { tables } = mutateTables(base, caseSeed(41, i));
    const read = readTables(tables, { now: new Date(Date.UTC(2026, 2, 31)) });
    const findings = [...read.problems, ...runChecks(read.message, { asOf: AS_OF }).findings];
    const marks = marksFor(findings).filter((m) => tables.some((t) => t.sheet === m.sheet));
    const host = FakeExcel.install(book(tables));
    const run = <T>(b: (c: Excel.RequestContext) => Promise<T>) => host.Excel.run(b);
    const before = FakeExcel.snapshot();
    const port = createExcelPort(run);
    for (const t of tables) {
      // the adapter reads back what was checked (dates come back as serial numbers: compare the sheets' shapes)
      const back = await port.readSheet(t.sheet);
      expect(back?.sheet).toBe(t.sheet);
    }
    marked += (await run((c) => highlight(c, marks, true))).cells;
    const during = FakeExcel.snapshot();
    during.sheets.forEach((s, k) => {
      const cellsBefore = before.sheets[k]!.cells;
      expect(Object.fromEntries(Object.entries(s.cells).map(([a, c]) => [a, c.value]))).toEqual(Object.fromEntries(Object.entries(cellsBefore).map(([a, c]) => [a, c.value])));
    });
    if (marks.length) expect(during.sheets.some((s) => s.conditionalFormats.some((f) => f.formula === MARK_FORMULA))).toBe(true);
    await run((c) => clearHighlights(c));
    const after = FakeExcel.snapshot();
    expect(after.sheets).toEqual(before.sheets);
  }
  expect(marked).toBeGreaterThan(CASES); // the cases had findings to mark
});
