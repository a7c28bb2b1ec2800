import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput } from '../../../src/cli/load-input';
import { readXlsxBuffer, readXlsxTables } from '../../../src/cli/xlsx/read-xlsx';
import { formatLocation } from '../../../src/core/model/record';
import type { Finding } from '../../../src/core/rules/types';
import { writeXmlString } from '../../../src/core/xml/write-xml';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../../helpers/run-cli';

/** Issue 14, the rows about workbooks and CSV files: every hostile cell is read or reported at its cell, never a blank. */

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const SAMPLE = 'assets/sample/ILR-Sample-2526.xlsx';
const FIXTURES = 'test/fixtures/xlsx';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const shown = (f: Finding) => `${f.rule} ${formatLocation(f.location)} ${f.field ?? ''}: ${f.message}`;

const RETURN: ExcelJS.CellValue[][] = [
  ['Field', 'Value'],
  ['UKPRN', 10000001],
  ['Year', '2526'],
  ['SerialNo', '01'],
];

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const r = wb.addWorksheet('Return');
  for (const row of RETURN) r.addRow(row);
  build(wb);
  const p = join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(p);
  return p;
}

function learners(msg: { root: { children: Record<string, { fields: Record<string, { text: string }>; children: Record<string, unknown[]> }[]> } }) {
  return msg.root.children['Learner'] ?? [];
}

describe('issue 14: a formula cell with no cached result (a workbook saved by a tool that does not calculate)', () => {
  const fixture = join(FIXTURES, 'uncalculated-formulas-openpyxl.xlsx');

  it('is an error at that cell, not read as blank', async () => {
    const res = await loadInput(fixture);
    const at = res.problems.filter((p) => p.rule === 'Cell_Uncalculated').map(shown);
    expect(at).toEqual([
      'Cell_Uncalculated Learner!Q2 PlanEEPHours: formula without a calculated value: open and save in Excel, or type the value',
      'Cell_Uncalculated Learner!W2 AddLine2: formula without a calculated value: open and save in Excel, or type the value',
    ]);
    expect(res.problems.find((p) => p.rule === 'Cell_Uncalculated')!.severity).toBe('error');
  });

  it('ilr xml refuses the workbook naming the cells (exit 1), writes nothing', async () => {
    const res = await runCli(['xml', fixture, '-o', dir]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('Learner!Q2 PlanEEPHours: formula without a calculated value');
    expect(res.err).toContain('Learner!W2 AddLine2: formula without a calculated value');
  });

  it('the Checks column (our own formulas, saved without results) stays silent', async () => {
    const res = await loadInput(SAMPLE);
    expect(res.problems.filter((p) => p.rule === 'Cell_Uncalculated')).toEqual([]);
  });
});

describe('issue 14: two columns with the same header (ULN twice)', () => {
  it('is an error naming both cells; neither column silently wins', async () => {
    const p = await workbook((wb) => {
      const l = wb.addWorksheet('Learner');
      l.addRow(['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames', 'Unique learner number']);
      l.addRow(['T1', 1000000027, 'Learner', 'Test', 9999999999]);
    });
    const res = await loadInput(p);
    const dup = res.problems.filter((f) => f.rule === 'Cell_DuplicateHeader');
    expect(dup.map(shown)).toEqual([
      'Cell_DuplicateHeader Learner!E1 ULN: the ULN column is here 2 times (Learner!B1 and Learner!E1); none of them is read, so no value silently replaces another: delete or rename all but one',
    ]);
    expect(dup[0]!.severity).toBe('error');
    // both cells are marked: the other copy is the finding's related cell
    expect(dup[0]!.related?.map((r) => r.location)).toEqual([{ sheet: 'Learner', cell: 'B1' }]);
    const [learner] = learners(res.message);
    expect(learner!.fields['ULN']).toBeUndefined();
    expect(learner!.fields['FamilyName']!.text).toBe('Learner');
    expect(res.notes.join('\n')).not.toMatch(/not an ILR field/);
  });
});

describe('issue 14: any workbook with cell notes re-saved by openpyxl', () => {
  it('reads fine, the same as the workbook it was saved from', async () => {
    const fixture = join(FIXTURES, 'sample-2526-openpyxl.xlsx');
    expect(await readXlsxTables(fixture)).toEqual(await readXlsxTables(SAMPLE));
    const [a, b] = [await loadInput(fixture), await loadInput(SAMPLE)];
    expect(a.problems).toEqual(b.problems);
    expect(writeXmlString(a.message).replace(/<DateTime>.*<\/DateTime>/, '')).toBe(writeXmlString(b.message).replace(/<DateTime>.*<\/DateTime>/, ''));
  });

  it('ilr check gives the same exit code and findings as on the sample', async () => {
    const a = await runCli(['check', join(FIXTURES, 'sample-2526-openpyxl.xlsx'), '--as-of', '2026-07-31']);
    const b = await runCli(['check', SAMPLE, '--as-of', '2026-07-31']);
    expect(a.err).not.toMatch(/cannot read/);
    expect(a.code).toBe(b.code);
    expect(a.out.replace(join(FIXTURES, 'sample-2526-openpyxl.xlsx'), 'X')).toBe(b.out.replace(SAMPLE, 'X'));
  });
});

describe('issue 14: a Windows-1252 CSV, and UTF-16 CSV files', () => {
  const header = 'LearnRefNumber,ULN,FamilyName,GivenNames\r\n';
  const csv = (name: string, bytes: Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('Müller as byte 0xFC is decoded as Windows-1252, with a note saying so', async () => {
    const p = csv('Learner.csv', Buffer.concat([Buffer.from(`${header}T1,1000000027,M`), Buffer.from([0xfc]), Buffer.from('ller,Test\r\n')]));
    const res = await loadInput(p, { year: '2526' });
    expect(learners(res.message)[0]!.fields['FamilyName']!.text).toBe('Müller');
    expect(res.notes[0]).toMatch(/^Learner\.csv is not UTF-8 text, so it was read as Windows-1252/);
    expect(res.problems.filter((f) => f.rule === 'Cell_Encoding')).toEqual([]);
  });

  it('UTF-8 stays UTF-8 without a note', async () => {
    const p = csv('Learner.csv', Buffer.from(`${header}T1,1000000027,Müller,Test\r\n`, 'utf8'));
    const res = await loadInput(p, { year: '2526' });
    expect(learners(res.message)[0]!.fields['FamilyName']!.text).toBe('Müller');
    expect(res.notes.join('\n')).not.toMatch(/Windows-1252/);
  });

  it.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}T1,1000000027,Müller,Test\r\n`, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${header}T1,1000000027,Müller,Test\r\n`, 'utf16le').swap16()])],
  ])('a %s CSV with a byte-order mark is decoded', async (_name, bytes) => {
    const res = await loadInput(csv('Learner.csv', bytes), { year: '2526' });
    const [l] = learners(res.message);
    expect(l!.fields['LearnRefNumber']!.text).toBe('T1');
    expect(l!.fields['FamilyName']!.text).toBe('Müller');
  });

  it('an undecodable byte is an error at its cell, never U+FFFD silently', async () => {
    // 0x81 is not a character in Windows-1252; in a file marked UTF-8, 0xFC alone is not UTF-8.
    const cp = csv('Learner.csv', Buffer.concat([Buffer.from(`${header}T1,1000000027,M`), Buffer.from([0xfc]), Buffer.from('ller,Te'), Buffer.from([0x81]), Buffer.from('st\r\n')]));
    let res = await loadInput(cp, { year: '2526' });
    expect(res.problems.filter((f) => f.rule === 'Cell_Encoding').map(shown)).toEqual([
      'Cell_Encoding Learner!D2 GivenNames: holds the byte 0x81 that cannot be read as Windows-1252 text; retype the value',
    ]);
    const marked = csv('Learner.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}T1,1000000027,M`), Buffer.from([0xfc]), Buffer.from('ller,Test\r\n')]));
    res = await loadInput(marked, { year: '2526' });
    expect(res.problems.filter((f) => f.rule === 'Cell_Encoding').map(shown)).toEqual([
      'Cell_Encoding Learner!C2 FamilyName: holds bytes that cannot be read as UTF-8 text; retype the value',
    ]);
    expect(JSON.stringify(res.message.root, (k, v) => (k === 'year' ? undefined : v))).not.toContain('\ufffd');
  });
});

describe('issue 14: a 50 MB cell value', () => {
  const big = 'A'.repeat(50 * 1024 * 1024);

  it('in a workbook: reported at the cell as longer than the field can hold, keeping only its start', async () => {
    const p = await workbook((wb) => {
      const l = wb.addWorksheet('Learner');
      l.addRow(['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames']);
      l.addRow(['T1', 1000000027, big, 'Test']);
    });
    const tables = await readXlsxTables(p);
    const cell = tables.find((t) => t.sheet === 'Learner')!.rows[0]![2] as { error: string; unreadable: { kind: string; length: number; prefix: string } };
    expect(cell.unreadable).toEqual({ kind: 'long', length: big.length, prefix: 'A'.repeat(100) });
    const res = await loadInput(p);
    expect(res.problems.filter((f) => f.rule === 'Cell_TooLong').map(shown)).toEqual([
      'Cell_TooLong Learner!C2 FamilyName: is 52,428,800 characters long; the most this field can hold is 100',
    ]);
  });

  it('in a CSV: the same, one line per cell', async () => {
    const p = join(dir, 'Learner.csv');
    writeFileSync(p, `LearnRefNumber,ULN,FamilyName,GivenNames\r\nT1,1000000027,Learner,${big}\r\n`);
    const res = await runCli(['xml', p, '--year', '2526', '-o', dir]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('Learner!D2 GivenNames: is 52,428,800 characters long; the most this field can hold is 100');
    expect(res.err.length).toBeLessThan(5000);
  });
});

describe('issue 14: a corrupt or non-zip .xlsx', () => {
  const oneLine = async (bytes: Buffer, reason: RegExp) => {
    const p = join(dir, 'bad.xlsx');
    writeFileSync(p, bytes);
    const res = await runCli(['check', p]);
    expect(res.code).toBe(2);
    const lines = res.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ilr: .*bad\.xlsx is not an Excel workbook \(\.xlsx\): /);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).not.toMatch(/zip|inflate|central directory|signature|Z_/i);
  };
  const sample = readFileSync(SAMPLE);

  it('text, an empty file, a truncated workbook: one line', async () => {
    await oneLine(Buffer.from('LearnRefNumber,ULN\r\n'), /damaged, truncated or another kind of file/);
    await oneLine(Buffer.alloc(0), /the file is empty/);
    await oneLine(sample.subarray(0, Math.floor(sample.length / 2)), /damaged, truncated or another kind of file/);
  });

  it('a workbook whose sheet data is damaged: one line naming the part', async () => {
    const damaged = Buffer.from(sample);
    for (let i = 2000; i < 6000; i += 7) damaged[i] = (damaged[i]! + 101) & 0xff;
    await oneLine(damaged, /damaged/);
  });

  it('a password-protected workbook (or an old .xls): one line saying so', async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    await oneLine(cfb, /password-protected workbook or an old-style \.xls file/);
  });

  it('a zip that is not a workbook (another Office file): one line', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    await oneLine(await zip.generateAsync({ type: 'nodebuffer' }), /no workbook in it/);
  });
});

describe('issue 14: merged cells and hidden rows', () => {
  it('are read as their values (a merged range gives each cell its value; hidden rows are data), with no exception', async () => {
    const p = await workbook((wb) => {
      const l = wb.addWorksheet('Learner');
      l.addRow(['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames']);
      l.addRow(['T1', 1000000027, 'Learner', 'Test']);
      l.addRow(['T2', 1000000035, 'Other', 'Test']);
      l.getRow(3).hidden = true;
      const ld = wb.addWorksheet('LearningDelivery');
      ld.addRow(['LearnRefNumber', 'AimSeqNumber', 'LearnAimRef']);
      ld.addRow(['T1', 1, '60146394']);
      ld.addRow([null, 2, '6014640X']);
      ld.mergeCells('A2:A3');
    });
    const tables = await readXlsxTables(p);
    expect(tables.find((t) => t.sheet === 'LearningDelivery')!.rows.map((r) => r[0])).toEqual(['T1', 'T1']);
    const res = await loadInput(p);
    const ls = learners(res.message);
    expect(ls.map((l) => l.fields['LearnRefNumber']!.text)).toEqual(['T1', 'T2']);
    expect((ls[0]!.children['LearningDelivery'] ?? []).length).toBe(2);
    expect(res.problems.filter((f) => f.rule.startsWith('Cell_'))).toEqual([]);
  });
});

describe('the streaming reader keeps what the exceljs model reader gave', () => {
  it('shared and inline strings, rich text, booleans, errors, cached formula results, dates by number format, 1904 dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['text', 'rich', 'bool', 'err', 'formula', 'date', 'custom date', 'number', 'text date', 'link']);
    ws.addRow([
      'plain', { richText: [{ text: 'Test ' }, { font: { bold: true }, text: 'Learner' }] }, true, { error: '#N/A' }, { formula: 'A1', result: 7 },
      new Date(Date.UTC(2025, 8, 1)), 45901, 12.5, '01/09/2025', { text: 'x@example.com', hyperlink: 'mailto:x@example.com' },
    ]);
    ws.getCell('G2').numFmt = 'd mmm yyyy;@';
    ws.getCell('H2').numFmt = '0.00';
    const tables = await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(tables[0]!.rows[0]).toEqual(['plain', 'Test Learner', true, { error: '#N/A' }, 7, new Date(Date.UTC(2025, 8, 1)), new Date(Date.UTC(2025, 8, 1)), 12.5, '01/09/2025', 'x@example.com']);
  });
});
