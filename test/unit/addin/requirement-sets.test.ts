/**
 * Each requirement-set path of the Excel adapter on the in-memory host (test/browser/fake-excel) set to an older
 * ExcelApi: an API beyond the host's version throws ApiNotFound there, as Excel rejects it, so a test passes only if the
 * adapter checked first and took its other path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appendReturnLog,
  clearHighlights,
  createExcelPort,
  highlight,
  loadAddedYears,
  MARK_FORMULA,
  MARKS_KEY,
  NOTE_PREFIX,
  readReturnLog,
  readSheet,
  saveAddedYears,
  writeSummary,
} from '../../../src/taskpane/excel/excel-port';
import { EXCEL_API, excelApiSupported, MANIFEST_EXCEL_API } from '../../../src/taskpane/excel/requirements';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FakeExcel = require('../../browser/fake-excel/fake-excel.js') as {
  install(data: unknown): { Excel: { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T> } };
  snapshot(): {
    settings: Record<string, unknown>;
    xmlParts: unknown[];
    sheets: { name: string; charts: unknown[]; cells: Record<string, { value?: unknown; numberFormat?: string }>; conditionalFormats: { formula: string; areas: unknown[] }[]; notes: Record<string, string> }[];
  };
};

function book(excelApi: string) {
  return {
    excelApi,
    sheets: [
      {
        name: 'Learner',
        cells: { A1: { value: 'LearnRefNumber' }, B1: { value: 'ULN' }, A2: { value: 'T1' }, B2: { value: 1 }, A3: { value: 'T2' }, B3: { value: 2 } },
        notes: { A2: "the user's own note" },
      },
    ],
  };
}

function host(excelApi: string) {
  const h = FakeExcel.install(book(excelApi));
  return <T>(b: (c: Excel.RequestContext) => Promise<T>) => h.Excel.run(b);
}

const marks = [
  { sheet: 'Learner', cell: 'B2', text: 'ULN_04: x' },
  { sheet: 'Learner', cell: 'B3', text: 'ULN_04: y' },
];
const ours = () => FakeExcel.snapshot().sheets[0]!.conditionalFormats.filter((f) => f.formula === MARK_FORMULA);

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe('the requirement-set check', () => {
  it('reads the host (false outside Office)', () => {
    expect(excelApiSupported('1.1')).toBe(false);
    host('1.8');
    expect(excelApiSupported(EXCEL_API.rangeByIndexes)).toBe(true);
    expect(excelApiSupported(EXCEL_API.rangeAreas)).toBe(false);
  });

  it('every set the adapter checks is above the manifest minimum', () => {
    for (const v of Object.values(EXCEL_API)) expect(Number(v.split('.')[1])).toBeGreaterThan(Number(MANIFEST_EXCEL_API.split('.')[1]));
    expect(readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8')).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_EXCEL_API}"/>`);
  });
});

describe('notes (ExcelApi 1.18)', () => {
  it('with notes: colour and a note on each cell without one', async () => {
    const run = host('1.18');
    expect(await run((c) => highlight(c, marks))).toEqual({ cells: 2, notes: 2, coloured: true, notesSupported: true });
    expect(FakeExcel.snapshot().sheets[0]!.notes.B2).toBe(`${NOTE_PREFIX}ULN_04: x`);
    await run((c) => clearHighlights(c));
    expect(FakeExcel.snapshot().sheets[0]!.notes).toEqual({ A2: "the user's own note" });
  });

  it('without notes: Highlight colours the cells and Clear removes the colour, never calling the notes API', async () => {
    const run = host('1.17');
    expect(await run((c) => highlight(c, marks))).toEqual({ cells: 2, notes: 0, coloured: true, notesSupported: false });
    expect(ours()).toHaveLength(1);
    expect(FakeExcel.snapshot().sheets[0]!.notes).toEqual({ A2: "the user's own note" });
    // Highlight again (it clears first) and Clear: both work without notes
    await run((c) => highlight(c, marks));
    await run((c) => clearHighlights(c));
    expect(ours()).toHaveLength(0);
    expect(FakeExcel.snapshot().settings[MARKS_KEY]).toBeUndefined();
  });

  it('notes added on a newer Excel stay on record when the workbook is cleared on one without notes', async () => {
    let run = host('1.18');
    await run((c) => highlight(c, marks));
    const saved = FakeExcel.snapshot();
    const older = { ...book('1.17'), settings: saved.settings };
    (older.sheets[0] as { notes: Record<string, string> }).notes = saved.sheets[0]!.notes;
    const h = FakeExcel.install(older);
    run = (b) => h.Excel.run(b);
    await run((c) => clearHighlights(c));
    expect(FakeExcel.snapshot().settings[MARKS_KEY]).toEqual({ sheets: [], notes: [{ sheet: 'Learner', cell: 'B2' }, { sheet: 'Learner', cell: 'B3' }] });
    expect(FakeExcel.snapshot().sheets[0]!.notes.B2).toBe(`${NOTE_PREFIX}ULN_04: x`);
  });
});

describe('conditional formats (ExcelApi 1.6)', () => {
  it('without them: Highlight adds notes only (where it can) and says it could not colour', async () => {
    // a host can lack 1.6 only if it lacks 1.18 too: the fake's version makes both missing
    const run = host('1.5');
    expect(await run((c) => highlight(c, marks))).toEqual({ cells: 0, notes: 0, coloured: false, notesSupported: false });
    expect(FakeExcel.snapshot().sheets[0]!.conditionalFormats).toEqual([]);
    await expect(run((c) => clearHighlights(c))).resolves.toEqual({ sheets: [], notes: [] });
  });
});

describe('getRanges (ExcelApi 1.9)', () => {
  it('with RangeAreas: one conditional format for many cells', async () => {
    const run = host('1.9');
    await run((c) => highlight(c, marks, false));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.areas).toHaveLength(2);
  });

  it('without: one conditional format per cell, and Clear removes them all', async () => {
    const run = host('1.8');
    await run((c) => highlight(c, marks, false));
    expect(ours()).toHaveLength(2);
    await run((c) => clearHighlights(c));
    expect(ours()).toHaveLength(0);
  });
});

describe('getRangeByIndexes (ExcelApi 1.7)', () => {
  it.each(['1.7', '1.6'])('ExcelApi %s: the sheet is read the same (A1 addresses without it)', async (v) => {
    const run = host(v);
    const t = await run((c) => readSheet(c, 'Learner', undefined, 2));
    expect(t!.headers).toEqual(['LearnRefNumber', 'ULN']);
    expect(t!.rows).toEqual([['T1', 1], ['T2', 2]]);
  });

  it.each(['1.7', '1.6'])('ExcelApi %s: the Returns log is written and read back', async (v) => {
    const run = host(v);
    const e = { exportedAt: '2026-07-01T08:30:00Z', fileName: 'ILR-10000001-2526-20260701-093000-01.XML', serialNo: '01', learners: 1, deliveries: 1, destinations: 0, sha256: 'ab'.repeat(32) };
    await run((c) => appendReturnLog(c, e));
    expect(await run((c) => readReturnLog(c))).toEqual([e]);
  });

  it('ExcelApi 1.6: the Summary sheet is written without charts (a chart could not name its categories)', async () => {
    const run = host('1.6');
    await run((c) => writeSummary(c, [{ heading: 'Completion status', header: ['CompStatus', 'Aims'], rows: [['1', 4]], chart: true }], new Date('2026-01-05T12:00:00Z')));
    const sheet = FakeExcel.snapshot().sheets.find((s) => s.name === 'Summary')!;
    expect(sheet.cells.A5!.value).toBe('CompStatus');
    expect(sheet.charts).toEqual([]);
  });
});

describe('custom XML parts (ExcelApi 1.5)', () => {
  it.each([
    ['1.5', 1],
    ['1.4', 0],
  ])('ExcelApi %s: the added years are kept (XML parts: %i)', async (v, parts) => {
    const run = host(v);
    await run((c) => saveAddedYears(c, 'urn:test', '<years xmlns="urn:test"/>'));
    expect(await run((c) => loadAddedYears(c, 'urn:test'))).toBe('<years xmlns="urn:test"/>');
    expect(FakeExcel.snapshot().xmlParts).toHaveLength(parts);
  });
});

describe('the port on an old host', () => {
  it('Highlight through the port reports what it could do', async () => {
    const run = host('1.8');
    expect(await createExcelPort(run).highlight(marks)).toEqual({ cells: 2, notes: 0, coloured: true, notesSupported: false });
  });
});
