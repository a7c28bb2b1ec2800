import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyImport, planImport } from '../../../../src/taskpane/app/import-flow';
import { createExcelPort, POINTS_PER_CHARACTER } from '../../../../src/taskpane/excel/excel-port';
import { readTables } from '../../../../src/core/sheet/read-tables';
import { LISTS_SHEET } from '../../../../src/core/sheet/workbook-plan';

/**
 * The pane's Import lays the sheets out as the CLI's writer does (the shared workbook plan) on the in-memory Excel host:
 * Excel tables, widths, frozen header, font, number formats, drop-downs, header notes, print setup, hidden Lists sheet —
 * and without each requirement set it leaves that part out and says so.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FakeExcel = require('../../../browser/fake-excel/fake-excel.js') as {
  install(data: unknown): { Excel: { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T> } };
  snapshot(): {
    sheets: {
      name: string;
      cells: Record<string, { value: unknown; numberFormat?: string; fontName?: string; bold?: boolean }>;
      notes: Record<string, string>;
      tables: { name: string; address: string; hasHeaders: boolean }[];
      validations: { address: string; rule?: { list: { inCellDropDown: boolean; source: string } }; prompt?: { message: string }; errorAlert?: { style: string } }[];
      columnWidths: Record<string, number>;
      frozenRows: number;
      pageLayout: { orientation?: string; printTitleRows?: string; zoom?: unknown };
      visibility: string;
    }[];
  };
};

const ESFA = readFileSync(join(__dirname, '../../../fixtures/xml/ILR-99999999-2526-20250108-094401.xml'), 'utf8');

async function importInto(unsupported: string[]) {
  const host = FakeExcel.install({ sheets: [{ name: 'Notes', cells: { A1: { value: 'my own sheet' } } }], unsupported });
  const port = createExcelPort((b) => host.Excel.run(b));
  const plan = await planImport(port, ESFA);
  const missing = await applyImport(port, plan);
  const snap = FakeExcel.snapshot();
  const sheet = (name: string) => snap.sheets.find((s) => s.name === name)!;
  return { plan, missing, sheet, snap, port };
}

const colOf = (s: { cells: Record<string, { value: unknown }> }, header: string) =>
  Object.entries(s.cells).find(([a, c]) => /^[A-Z]+1$/.test(a) && c.value === header)![0].replace('1', '');

describe('Import on a host with every requirement set', () => {
  it('writes Excel tables, widths, frozen header, font, formats, drop-downs, notes and print setup', async () => {
    const { missing, sheet, plan } = await importInto([]);
    expect(missing).toEqual([]);
    const ld = sheet('LearningDelivery');
    const rows = plan.tables.find((t) => t.sheet === 'LearningDelivery')!.rows.length;
    const width = plan.tables.find((t) => t.sheet === 'LearningDelivery')!.headers.length;
    expect(ld.tables).toHaveLength(1);
    expect(ld.tables[0]).toMatchObject({ hasHeaders: true });
    expect(ld.tables[0]!.address).toMatch(new RegExp(`^A1:[A-Z]+${rows + 1}$`));
    expect(ld.frozenRows).toBe(1);
    expect(ld.cells.A1).toMatchObject({ fontName: 'Calibri', bold: true });
    expect(ld.cells.A2).toMatchObject({ fontName: 'Calibri' });
    const start = colOf(ld, 'LearnStartDate');
    expect(ld.cells[`${start}2`]).toMatchObject({ numberFormat: 'dd/mm/yyyy' });
    expect(ld.columnWidths[colOf(ld, 'AimSeqNumber')]).toBeGreaterThanOrEqual(Math.round(15 * POINTS_PER_CHARACTER));
    expect(Object.keys(ld.columnWidths)).toHaveLength(width);
    for (const field of ['CompStatus', 'Outcome', 'WithdrawReason', 'FundModel']) {
      const c = colOf(ld, field);
      const v = ld.validations.find((x) => x.address.startsWith(`${c}2:${c}`));
      expect([field, v?.rule?.list.inCellDropDown]).toEqual([field, true]);
      expect(v?.errorAlert?.style).toBe('Stop');
    }
    const comp = ld.validations.find((x) => x.address.startsWith(`${colOf(ld, 'CompStatus')}2:`))!;
    expect(comp.rule!.list.source).toBe('1,2,3,6');
    expect(comp.prompt!.message).toMatch(/^1 The learner is continuing/);
    const fam = sheet('LearningDeliveryFAM');
    const famType = fam.validations.find((x) => x.address.startsWith(`${colOf(fam, 'LearnDelFAMType')}2:`))!;
    expect(famType.errorAlert!.style).toBe('Warning'); // an incomplete list only warns
    expect(ld.notes.A1).toMatch(/^LearnRefNumber — /);
    expect(ld.notes[`${colOf(ld, 'CompStatus')}1`]).toMatch(/Codes: 1 = /);
    // LearningDelivery is too wide to shrink to one page; the narrow LearnerFAM is shrunk to the page width
    expect(ld.pageLayout).toEqual({ orientation: 'Landscape', printTitleRows: '$1:$1' });
    expect(sheet('LearnerFAM').pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$1' });
    const lists = sheet(LISTS_SHEET);
    expect(lists.visibility).toBe('Hidden');
    expect(lists.cells.A1).toMatchObject({ value: 'List' });
    // the user's own sheet is untouched
    expect(sheet('Notes').cells.A1).toMatchObject({ value: 'my own sheet' });
  });

  it('imports again over its own tables (tables may not overlap) and reads back without the Lists sheet', async () => {
    const { port, plan, sheet } = await importInto([]);
    await expect(applyImport(port, plan)).resolves.toEqual([]);
    expect(sheet('LearningDelivery').tables).toHaveLength(1);
    const names = await port.sheetNames();
    const tables = [];
    for (const n of names) tables.push((await port.readSheet(n))!);
    const back = readTables(tables.filter(Boolean));
    expect(back.problems).toEqual([]);
    expect(back.notes.join('\n')).not.toMatch(/ILR Lists/);
  });
});

describe('Import on older hosts: each missing requirement set leaves its part out and says so', () => {
  it('without ExcelApi 1.8: no drop-downs', async () => {
    const { missing, sheet } = await importInto(['ExcelApi 1.8']);
    expect(missing).toEqual(['drop-down lists of codes (this Excel lacks ExcelApi 1.8)']);
    expect(sheet('LearningDelivery').validations).toEqual([]);
    expect(sheet('LearningDelivery').tables).toHaveLength(1);
    expect(sheet('LearningDelivery').notes.A1).toBeDefined();
  });

  it('without ExcelApi 1.18: no header notes', async () => {
    const { missing, sheet } = await importInto(['ExcelApi 1.18']);
    expect(missing).toEqual(['header notes (this Excel lacks ExcelApi 1.18)']);
    expect(sheet('LearningDelivery').notes).toEqual({});
    expect(sheet('LearningDelivery').validations.length).toBeGreaterThan(0);
  });

  it('without ExcelApi 1.9: no print setup', async () => {
    const { missing, sheet } = await importInto(['ExcelApi 1.9']);
    expect(missing).toEqual(['print setup (this Excel lacks ExcelApi 1.9)']);
    expect(sheet('LearningDelivery').pageLayout).toEqual({});
    expect(sheet('LearningDelivery').frozenRows).toBe(1);
  });
});

describe('Import next to a sheet of the code lists’ name that the user made', () => {
  it('is refused before anything is written', async () => {
    const host = FakeExcel.install({ sheets: [{ name: LISTS_SHEET, cells: { A1: { value: 'my colours' } } }] });
    const port = createExcelPort((b) => host.Excel.run(b));
    const plan = await planImport(port, ESFA);
    await expect(applyImport(port, plan)).rejects.toThrow(`The workbook already has a sheet called "${LISTS_SHEET}" that ILR Workbench did not make`);
    expect(FakeExcel.snapshot().sheets.map((s) => s.name)).toEqual([LISTS_SHEET]);
  });
});

describe('Import of a value longer than an Excel cell holds', () => {
  it('is refused before anything is written, naming the learner and the field', async () => {
    const long = ESFA.replace(/(<FamilyName>)[^<]*(<\/FamilyName>)/, `$1${'x'.repeat(40_000)}$2`);
    const host = FakeExcel.install({ sheets: [] });
    const port = createExcelPort((b) => host.Excel.run(b));
    await expect(planImport(port, long)).rejects.toThrow(/^Learner!G\d+ \(FamilyName of learner \w+\): the value is 40,000 characters long/);
    expect(FakeExcel.snapshot().sheets).toEqual([]);
  });
});
