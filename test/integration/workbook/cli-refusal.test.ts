import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-refuse-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function badWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const r = wb.addWorksheet('Return');
  r.addRows([['Field', 'Value'], ['UKPRN', 10000001], ['Year', '2526'], ['SerialNo', '01'], ['SoftwareSupplier', 'Test'], ['SoftwarePackage', 'Test'], ['Release', '1'], ['FilePreparationDate', d('2025-10-01')]]);
  const l = wb.addWorksheet('Learner');
  l.addRows([
    ['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames', 'DateOfBirth', 'Ethnicity', 'Sex', 'LLDDHealthProb', 'Postcode', 'AddLine1'],
    ['T1', 1000000027, 'Learner', 'Test', d('2005-03-04'), 31, 'F', 2, 'ZZ99 9ZZ', '1 Test Street'],
    ['T2', 1000000035, 'Learner', 'Other', '31/02/2006', 31, 'F', 2, 'ZZ99 9ZZ', '2 Rue Renée'],
  ]);
  l.getCell('B3').value = { formula: 'VLOOKUP(A3,Other!A:B,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellValue;
  const ld = wb.addWorksheet('LearningDelivery');
  ld.addRows([
    ['LearnRefNumber', 'LearnAimRef', 'AimType', 'AimSeqNumber', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'CompStatus'],
    ['T1', '60146394', 4, 1, d('2025-09-01'), d('2026-06-30'), 35, 'one'],
    ['T3', '60146394', 4, 1, d('2025-09-01'), d('2026-06-30'), 35, 1],
  ]);
  await wb.xlsx.writeFile(path);
}

describe('ilr xml refuses a workbook with bad cells', () => {
  it('exits 1, names every bad cell, writes no file', async () => {
    const wb = join(dir, 'bad.xlsx');
    await badWorkbook(wb);
    const out = join(dir, 'out');
    const res = await runCli(['xml', wb, '-o', out]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('refused: 5 cells must be corrected before the file can be written:');
    for (const line of [
      'Learner!B3 ULN: holds the formula error #N/A; correct the formula or type the value',
      'Learner!E3 DateOfBirth: "31/02/2006" is not a real date',
      'Learner!J3 AddLine1: contains "é" (U+00E9), which is not in the ILR character set',
      'LearningDelivery!H2 CompStatus: "one" is not a number',
      'LearningDelivery!A3 LearnRefNumber: no Learner row has LearnRefNumber T3; this row would be left out of the file',
    ]) expect(res.err).toContain(line);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('a CSV with a bad cell is refused the same way', async () => {
    const csv = join(dir, 'Learner.csv');
    writeFileSync(csv, 'LearnRefNumber,ULN,DateOfBirth\r\nT1,1000000027,01/08/25\r\n');
    const res = await runCli(['xml', csv, '--year', '2526', '-o', join(dir, 'out')]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('Learner!C2 DateOfBirth: "01/08/25" has a two-digit year: use a four-digit year (dd/mm/yyyy)');
  });

  it('a file that is not a workbook is a usage error (exit 2)', async () => {
    const p = join(dir, 'broken.xlsx');
    writeFileSync(p, 'not a zip');
    const res = await runCli(['xml', p]);
    expect(res.code).toBe(2);
    expect(res.err.trim().split('\n')).toEqual([expect.stringMatching(/^ilr: .*broken\.xlsx is not an Excel workbook \(\.xlsx\): it is damaged, truncated or another kind of file$/)]);
  });
});

describe('ilr xml on a CSV file', () => {
  const flat = [
    'LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Ethnicity,Sex,LLDDHealthProb,PostcodePrior,Postcode,AimSeqNumber,LearnAimRef,AimType,LearnStartDate,LearnPlanEndDate,FundModel,DelLocPostCode,CompStatus,SOF,FFI',
    'T1,1000000027,Learner,Test,04/03/2005,31,F,2,ZZ99 9ZZ,ZZ99 9ZZ,1,60146394,4,01/09/2025,30/06/2026,35,ZZ99 9ZZ,1,105,1',
    'T1,1000000027,Learner,Test,04/03/2005,31,F,2,ZZ99 9ZZ,ZZ99 9ZZ,2,60301016,4,01/09/2025,30/06/2026,35,ZZ99 9ZZ,1,105,1',
  ].join('\r\n');

  it('takes the header values from a Return.csv beside it and writes a valid file', async () => {
    writeFileSync(join(dir, 'mis-export.csv'), flat);
    writeFileSync(join(dir, 'Return.csv'), 'Field,Value\r\nUKPRN,10000001\r\nYear,2526\r\nSerialNo,01\r\nFilePreparationDate,01/10/2025\r\nDateTime,2025-10-01T09:00:00\r\n');
    const res = await runCli(['xml', join(dir, 'mis-export.csv'), '-o', join(dir, 'out')]);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['ILR-10000001-2526-20251001-090000-01.XML']);
    expect(res.out).toContain('1 learners, 2 learning deliveries');
  });

  it('without a Return.csv it says what is missing and where to put it', async () => {
    writeFileSync(join(dir, 'mis-export.csv'), flat);
    const res = await runCli(['xml', join(dir, 'mis-export.csv'), '--year', '2526', '-o', join(dir, 'out')]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('note: no Return sheet: the header values (UKPRN, SerialNo) are missing; add a Return sheet with Field and Value columns (for a CSV file: a Return.csv beside it)');
  });
});
