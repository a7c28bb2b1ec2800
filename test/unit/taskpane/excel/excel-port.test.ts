import {
  addressChunks,
  clearHighlights,
  createExcelPort,
  highlight,
  MARK_FORMULA,
  MARKS_KEY,
  MAX_NOTES,
  NOTE_PREFIX,
  readSheet,
  rowsPerBlock,
  SUMMARY_TITLE,
  writeSummary,
} from '../../../../src/taskpane/excel/excel-port';

// office-addin-mock imports office-addin-manifest only for its OfficeApp names, whose dependencies are ES modules jest
// does not transform here; give it those names.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfficeMockObject } = require('office-addin-mock') as typeof import('office-addin-mock');
type OfficeMockObject = import('office-addin-mock').OfficeMockObject;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FakeExcel = require('../../../browser/fake-excel/fake-excel.js') as {
  createHost(data: unknown): { Excel: { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T> }; book: { syncCount: number } };
  install(data: unknown): unknown;
  snapshot(): {
    selection: { sheet: string; address: string } | null;
    active: string;
    settings: Record<string, unknown>;
    sheets: { name: string; charts: Record<string, unknown>[]; cells: Record<string, Record<string, unknown>>; conditionalFormats: { formula: string; fill?: string }[]; notes: Record<string, string> }[];
  };
};

/** A used range of `rows` × `cols` at B3 in office-addin-mock, recording each block read. */
function mockWorkbook(rows: number, cols: number) {
  const blocks: { r: number; n: number }[] = [];
  let syncs = 0;
  const created: OfficeMockObject[] = [];
  const cellAt = (r: number, c: number) => (r === 2 ? `H${c}` : `${r}:${c}`);
  const data = {
    context: {
      sync: async () => {
        syncs++;
        for (const m of created.splice(0)) await m.sync();
      },
      workbook: {
        worksheets: {
          getItemOrNullObject: () => sheet,
        },
      },
    },
  };
  // isNullObject needs no load in Office.js; the mock would ask for one, so it is a plain property here.
  const plain = <T extends object>(m: T): T => Object.defineProperty(m, 'isNullObject', { value: false });
  const sheet = plain(new OfficeMockObject({
    getUsedRangeOrNullObject: () => {
      const used = plain(new OfficeMockObject({ rowIndex: 2, columnIndex: 1, rowCount: rows, columnCount: cols }));
      created.push(used);
      return used;
    },
    getRangeByIndexes: (r: number, c: number, n: number, w: number) => {
      blocks.push({ r, n });
      const values = Array.from({ length: n }, (_, i) => Array.from({ length: w }, (_, j) => cellAt(r + i, c + j)));
      const m = new OfficeMockObject({ values });
      created.push(m);
      return m;
    },
  }));
  const mock = new OfficeMockObject(data) as unknown as { context: Excel.RequestContext };
  return { context: mock.context, blocks, syncs: () => syncs };
}

/** An Office host of this ExcelApi version, for the adapter's requirement-set checks (office-addin-mock has none). */
function officeWithExcelApi(version: string) {
  const [x, y] = version.split('.').map(Number) as [number, number];
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (_: string, v: string) => {
          const [a, b] = v.split('.').map(Number) as [number, number];
          return a < x || (a === x && b <= y);
        },
      },
    },
  };
}

describe('readSheet (office-addin-mock)', () => {
  beforeEach(() => officeWithExcelApi('1.18'));
  afterAll(() => delete (globalThis as { Office?: unknown }).Office);
  it('reads the used range in blocks within the cell budget, one sync per block plus one for the used range', async () => {
    const wb = mockWorkbook(25, 10);
    const progress: [number, number][] = [];
    const t = await readSheet(wb.context, 'Learner', (d, n) => progress.push([d, n]), 100);
    expect(rowsPerBlock(10, 100)).toBe(10);
    expect(wb.blocks).toEqual([{ r: 2, n: 10 }, { r: 12, n: 10 }, { r: 22, n: 5 }]);
    expect(wb.syncs()).toBe(4);
    expect(progress).toEqual([[0, 25], [10, 25], [20, 25], [25, 25]]);
    expect(t!.headerRow).toBe(3);
    expect(t!.firstColumn).toBe(2);
    expect(t!.headers[0]).toBe('H1');
    expect(t!.rows).toHaveLength(24);
    expect(t!.rows[23]![9]).toBe('26:10');
  });

  it('keeps a block under ~2.4 MB for wide sheets', () => {
    expect(rowsPerBlock(200)).toBe(200);
    expect(rowsPerBlock(100_000)).toBe(1);
  });
});

function sampleBook() {
  return {
    sheets: [
      {
        name: 'Learner',
        cells: {
          A1: { value: 'LearnRefNumber', bold: true },
          B1: { value: 'ULN', bold: true },
          A2: { value: 'T0001' },
          B2: { value: 1234567890, fill: '#00FF00', fontColor: '#0000FF' },
          A3: { value: '#N/A' },
          B3: { value: '' },
          C3: { value: 5 },
        },
        conditionalFormats: [{ type: 'CellValue', areas: [{ r: 1, c: 1, rows: 5, cols: 1 }], formula: '>0', fill: '#FFFF00' }],
        notes: { A2: "the user's own note" },
      },
    ],
  };
}

describe('the adapter against the in-memory Excel host', () => {
  let host: ReturnType<typeof FakeExcel.createHost>;
  beforeEach(() => {
    host = FakeExcel.install(sampleBook()) as typeof host;
  });
  const run = <T>(b: (c: Excel.RequestContext) => Promise<T>) => host.Excel.run(b);

  it('reads values with blanks as null and errors as errors', async () => {
    const port = createExcelPort(run);
    const t = await port.readSheet('Learner');
    expect(t!.headers).toEqual(['LearnRefNumber', 'ULN', null]);
    expect(t!.rows).toEqual([
      ['T0001', 1234567890, null],
      [{ error: '#N/A' }, null, 5],
    ]);
    expect(await port.readSheet('Nope')).toBeUndefined();
  });

  it('selects a cell on its sheet', async () => {
    await createExcelPort(run).selectCell('Learner', 'B2');
    expect(FakeExcel.snapshot().selection).toEqual({ sheet: 'Learner', address: 'B2' });
  });

  it('highlight marks with a conditional format and notes; clear leaves cells, user formats and notes exactly as before', async () => {
    const before = FakeExcel.snapshot().sheets[0]!;
    const marks = [
      { sheet: 'Learner', cell: 'B2', text: 'ULN_04: wrong check digit' },
      { sheet: 'Learner', cell: 'A2', text: 'LearnRefNumber_x: test' },
      { sheet: 'Learner', cell: 'C3', text: 'X_01: one' },
      { sheet: 'Learner', cell: 'C3', text: 'X_02: two' },
    ];
    const n = await run((c) => highlight(c, marks, true));
    expect(n).toEqual({ cells: 3, notes: 2, coloured: true, notesSupported: true });
    const marked = FakeExcel.snapshot().sheets[0]!;
    const ours = marked.conditionalFormats.filter((f) => f.formula === MARK_FORMULA);
    expect(ours).toHaveLength(1);
    expect(marked.notes.B2).toBe(`${NOTE_PREFIX}ULN_04: wrong check digit`);
    expect(marked.notes.C3).toBe(`${NOTE_PREFIX}X_01: one\nX_02: two`);
    expect(marked.notes.A2).toBe("the user's own note");
    expect(marked.cells).toEqual(before.cells);

    // Re-check: highlighting again replaces the marks rather than stacking them.
    await run((c) => highlight(c, marks.slice(0, 1), true));
    const again = FakeExcel.snapshot().sheets[0]!;
    expect(again.conditionalFormats.filter((f) => f.formula === MARK_FORMULA)).toHaveLength(1);
    expect(again.notes.C3).toBeUndefined();

    await run((c) => clearHighlights(c));
    const after = FakeExcel.snapshot();
    expect(after.sheets[0]).toEqual(before);
    expect(after.settings[MARKS_KEY]).toBeUndefined();
  });

  it('adds at most MAX_NOTES notes (colour on every cell) and Clear still removes every mark', async () => {
    const before = FakeExcel.snapshot().sheets[0]!;
    const marks = Array.from({ length: MAX_NOTES + 10 }, (_, i) => ({ sheet: 'Learner', cell: `D${i + 1}`, text: `R_${i}: x` }));
    expect((await run((c) => highlight(c, marks, true))).cells).toBe(MAX_NOTES + 10);
    const s = FakeExcel.snapshot().sheets[0]!;
    expect(Object.keys(s.notes)).toHaveLength(MAX_NOTES + 1); // ours plus the user's note on A2
    const covered = s.conditionalFormats
      .filter((f) => f.formula === MARK_FORMULA)
      .flatMap((f) => (f as unknown as { areas: { rows: number }[] }).areas)
      .reduce((n, a) => n + a.rows, 0);
    expect(covered).toBe(MAX_NOTES + 10);
    await run((c) => clearHighlights(c));
    expect(FakeExcel.snapshot().sheets[0]).toEqual(before);
  });

  it('clear copes with a marked sheet that was deleted since', async () => {
    await run((c) => highlight(c, [{ sheet: 'Learner', cell: 'B2', text: 'ULN_04: x' }], true));
    await run(async (c) => {
      c.workbook.worksheets.add('Other');
      await c.sync();
    });
    const book = (host as unknown as { book: { sheets: { name: string }[] } }).book;
    book.sheets.splice(book.sheets.findIndex((s) => s.name === 'Learner'), 1);
    await expect(run((c) => clearHighlights(c))).resolves.toEqual({ sheets: [], notes: [] });
    expect(FakeExcel.snapshot().settings[MARKS_KEY]).toBeUndefined();
  });

  it('clear leaves a note the user rewrote', async () => {
    await run((c) => highlight(c, [{ sheet: 'Learner', cell: 'B2', text: 'ULN_04: x' }], true));
    await run(async (c) => {
      const ws = c.workbook.worksheets.getItem('Learner');
      const note = ws.notes.getItemOrNullObject('B2');
      await c.sync();
      note.delete();
      ws.notes.add('B2', 'mine now');
    });
    await run((c) => clearHighlights(c));
    expect(FakeExcel.snapshot().sheets[0]!.notes.B2).toBe('mine now');
  });

  it('settings round-trip through the workbook settings', async () => {
    const port = createExcelPort(run);
    expect(await port.loadSettings()).toBeUndefined();
    await port.saveSettings({ year: '2526', asOf: '' });
    expect(await port.loadSettings()).toEqual({ year: '2526', asOf: '' });
  });

  it('writes tables into sheets (creating them), keeping text as text and dates as dates', async () => {
    const port = createExcelPort(run);
    await port.writeTables([
      { sheet: 'Learner', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'ULN'], rows: [['0007', 42]] },
      { sheet: 'LearningDelivery', headerRow: 1, firstColumn: 1, headers: ['LearnStartDate'], rows: [[new Date(Date.UTC(2025, 8, 1))]] },
    ]);
    const s = FakeExcel.snapshot();
    const learner = s.sheets.find((x) => x.name === 'Learner')!;
    expect(learner.cells.A2).toMatchObject({ value: '0007', numberFormat: '@' });
    expect(learner.cells.B2).toMatchObject({ value: 42, fill: '#00FF00' });
    expect(learner.cells.C3).toBeUndefined();
    const ld = s.sheets.find((x) => x.name === 'LearningDelivery')!;
    expect(ld.cells.A2).toMatchObject({ value: 45901, numberFormat: 'dd/mm/yyyy' });
  });

  it('appends to the Returns log and reads it back', async () => {
    const port = createExcelPort(run);
    const e = { exportedAt: '2026-01-08T09:44:01Z', fileName: 'ILR-10000001-2526-20260108-094401-01.XML', serialNo: '01', learners: 13, deliveries: 14, destinations: 0, sha256: 'ab'.repeat(32) };
    await port.appendReturnLog(e);
    await port.appendReturnLog({ ...e, serialNo: '02' });
    expect(await port.readReturnLog()).toEqual([e, { ...e, serialNo: '02' }]);
  });
});

describe('writeSummary', () => {
  const blocks = [
    { heading: 'Completion status', header: ['CompStatus', 'Meaning', 'Aims'], rows: [['1', 'Continuing', 4], ['3', 'Withdrawn', 5]], chart: true },
    { heading: 'Destinations due', header: ['LearnRefNumber', 'Due'], rows: [] },
    { heading: 'Overdue (as of 2026-07-31)', header: ['LearnRefNumber', 'Due'], rows: [['0007', '2026-03-19']] },
  ];

  it('writes the blocks and a column chart of the charted block to a new Summary sheet, and replaces them next time', async () => {
    const host = FakeExcel.install({ sheets: [{ name: 'Learner', cells: { A1: { value: 'LearnRefNumber' } } }] }) as ReturnType<typeof FakeExcel.createHost>;
    const run = <T>(b: (c: Excel.RequestContext) => Promise<T>) => host.Excel.run(b);
    await run((c) => writeSummary(c, blocks, new Date('2026-03-01T10:00:00Z')));
    await run((c) => writeSummary(c, blocks, new Date('2026-03-02T10:00:00Z')));
    const sheet = FakeExcel.snapshot().sheets.find((x) => x.name === 'Summary')!;
    const v = (a: string) => sheet.cells[a]?.value;
    // "Written" as an Excel date-time of UK time: 2 March 2026 10:00 GMT is serial 46083 + 10/24
    expect([v('A1'), v('A2')]).toEqual([SUMMARY_TITLE, 'Written']);
    expect(v('B2')).toBeCloseTo(46083 + 10 / 24, 6);
    expect(sheet.cells.B2!.numberFormat).toBe('dd/mm/yyyy hh:mm');
    expect([v('A4'), v('A5'), v('C5'), v('A6'), v('C7')]).toEqual(['Completion status', 'CompStatus', 'Aims', '1', 5]);
    expect([v('A9'), v('A11')]).toEqual(['Destinations due', '(none)']);
    // text stays text; a date is an Excel date shown dd/mm/yyyy (19/03/2026 is serial 46100)
    expect(v('A13')).toBe('Overdue (as of 31/07/2026)');
    expect(sheet.cells.A15).toMatchObject({ value: '0007', numberFormat: '@' });
    expect(sheet.cells.B15).toMatchObject({ value: 46100, numberFormat: 'dd/mm/yyyy' });
    expect(sheet.charts).toEqual([{ type: 'ColumnClustered', source: 'C5:C7', seriesBy: 'Columns', categories: 'A6:A7', legend: false, title: 'Completion status', position: 'E4:K18' }]);
  });

  it("refuses a user's own Summary sheet and leaves it untouched", async () => {
    const host = FakeExcel.install({ sheets: [{ name: 'Summary', cells: { A1: { value: 'My notes' } } }] }) as ReturnType<typeof FakeExcel.createHost>;
    await expect(host.Excel.run((c) => writeSummary(c, blocks))).rejects.toThrow(/did not make/);
    expect(FakeExcel.snapshot().sheets[0]!.cells).toEqual({ A1: { value: 'My notes' } });
  });
});

describe('addressChunks', () => {
  it('splits address lists at the limit', () => {
    expect(addressChunks(['A1', 'B2', 'C3'], 5)).toEqual(['A1,B2', 'C3']);
  });
});

describe('readSheet at 100,000 learners', () => {
  beforeEach(() => officeWithExcelApi('1.18'));
  afterAll(() => delete (globalThis as { Office?: unknown }).Office);
  it('reads 100,001 rows × 40 columns in 101 blocks of 1,000 rows (40,000 cells each), one sync per block', async () => {
    const rows = 100_001;
    const cols = 40;
    let syncs = 0;
    const blocks: number[] = [];
    const row = Array.from({ length: cols }, (_, j) => `v${j}`);
    const ws = {
      isNullObject: false,
      getUsedRangeOrNullObject: () => ({ isNullObject: false, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols, load: () => undefined }),
      getRangeByIndexes: (_r: number, _c: number, n: number) => {
        blocks.push(n);
        return { values: Array.from({ length: n }, () => row), load: () => undefined };
      },
    };
    const context = { workbook: { worksheets: { getItemOrNullObject: () => ws } }, sync: async () => void syncs++ } as unknown as Excel.RequestContext;
    const t = await readSheet(context, 'Learner');
    expect(t!.rows).toHaveLength(100_000);
    expect(blocks).toHaveLength(101);
    expect(Math.max(...blocks) * cols).toBeLessThanOrEqual(40_000);
    expect(syncs).toBe(102); // its time is measured by `npm run bench -- adapter`, not asserted here
  });
});
