import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { years } from '../../../src/core/years/registry';
import { messageToTables, columnNotes } from '../../../src/core/sheet/write-tables';
import { writeWorkbookFile } from '../../../src/cli/xlsx/write-xlsx';
import { plainCellValue } from '../../../src/cli/xlsx/read-xlsx';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { readFileSync } from 'node:fs';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-fmt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing .xlsx', () => {
  const msg = readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8'), years);
  const wb = new ExcelJS.Workbook();
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ilr-fmt-')), 'sample.xlsx');
    await writeWorkbookFile(file, messageToTables(msg), msg.year);
    await wb.xlsx.readFile(file);
    rmSync(file);
  });

  it('header row bold and frozen, with a note on each header', () => {
    const ws = wb.getWorksheet('LearningDelivery')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const h = ws.getRow(1);
    expect(h.getCell(1).font?.bold).toBe(true);
    const compStatusCol = (h.values as ExcelJS.CellValue[]).indexOf('CompStatus');
    const note = h.getCell(compStatusCol).note as string;
    expect(note).toMatch(/^CompStatus — Completion status/);
    expect(note).toMatch(/Whole number/);
    expect(note).toMatch(/Codes: 1 = /);
  });

  it('dates are real dates shown dd/mm/yyyy; text keeps leading zeros as Text', () => {
    const ld = wb.getWorksheet('LearningDelivery')!;
    const startCol = (ld.getRow(1).values as ExcelJS.CellValue[]).indexOf('LearnStartDate');
    const c = ld.getRow(2).getCell(startCol);
    expect(c.value).toBeInstanceOf(Date);
    expect(c.numFmt).toBe('dd/mm/yyyy');
    const ret = wb.getWorksheet('Return')!;
    const serial = ret.getColumn(1).values.indexOf('SerialNo');
    expect(ret.getRow(serial).getCell(2).value).toBe('01');
    expect(ret.getRow(serial).getCell(2).numFmt).toBe('@');
  });

  it('formula results, rich text, hyperlinks and errors are read as plain values', () => {
    expect(plainCellValue({ formula: 'A1', result: 7 } as ExcelJS.CellValue)).toBe(7);
    expect(plainCellValue({ formula: 'A1', result: { error: '#N/A' } } as ExcelJS.CellValue)).toEqual({ error: '#N/A' });
    expect(plainCellValue({ formula: 'A1' } as ExcelJS.CellValue)).toMatchObject({ unreadable: { kind: 'uncalculated' } });
    expect(plainCellValue({ richText: [{ text: 'Test ' }, { text: 'Learner' }] } as ExcelJS.CellValue)).toBe('Test Learner');
    expect(plainCellValue({ text: 'test@example.com', hyperlink: 'mailto:test@example.com' } as ExcelJS.CellValue)).toBe('test@example.com');
    expect(plainCellValue({ error: '#REF!' } as ExcelJS.CellValue)).toEqual({ error: '#REF!' });
  });

  it('column notes give type, length and codes from the XSD and code lists', () => {
    const y = years.get('2526');
    expect(columnNotes(y, 'Learner', 'LearnRefNumber')).toBe('LearnRefNumber — Learner reference number\nText, pattern [A-Za-z0-9 ]{1,12}. Required');
    expect(columnNotes(y, 'LearningDelivery', 'WithdrawReason')).toMatch(/29 = .*; 40 = .*; 97 = .*; 98 = /s);
    expect(columnNotes(y, 'DPOutcome', 'OutType')).toMatch(/Not part of the 2025-26 file/);
  });
});

describe('ilr template', () => {
  it('writes every sheet with headers only, for the year asked', async () => {
    const out = join(dir, 'blank.xlsx');
    const res = await runCli(['template', '--year', '2021', '-o', out]);
    expect(res.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Return');
    expect(names).toEqual(expect.arrayContaining(['Learner', 'LearningDelivery', 'ContactPreference', 'DPOutcome']));
    const ret = wb.getWorksheet('Return')!;
    expect([ret.getRow(3).getCell(1).value, ret.getRow(3).getCell(2).value]).toEqual(['Year', '2021']);
    const learner = wb.getWorksheet('Learner')!;
    expect(learner.getRow(1).getCell(1).value).toBe('LearnRefNumber');
    expect(learner.actualRowCount).toBe(1);
  });

  it('refuses an unknown year (exit 2)', async () => {
    const res = await runCli(['template', '--year', '1999', '-o', join(dir, 'x.xlsx')]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/unknown ILR year/);
  });
});
