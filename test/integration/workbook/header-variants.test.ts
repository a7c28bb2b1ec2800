import ExcelJS from 'exceljs';
import { readTables } from '../../../src/core/sheet/read-tables';
import type { CellValue, SheetTable } from '../../../src/core/sheet/table';
import { writeXmlString } from '../../../src/core/xml/write-xml';
import { readXlsxBuffer } from '../../../src/cli/xlsx/read-xlsx';
import { csvToTable } from '../../../src/cli/csv/read-csv';
import { xmlDifferences } from '../../helpers/xml-equivalence';

const NOW = new Date(Date.UTC(2025, 9, 1, 12));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const returnRows: CellValue[][] = [
  ['UKPRN', 10000001],
  ['Year', '2526'],
  ['SerialNo', '01'],
  ['SoftwareSupplier', 'Test Supplier'],
  ['SoftwarePackage', 'Test Package'],
  ['Release', '1'],
  ['FilePreparationDate', d('2025-10-01')],
  ['DateTime', '2025-10-01T09:00:00'],
];
const ret = (): SheetTable => ({ sheet: 'Return', headerRow: 1, firstColumn: 1, headers: ['Field', 'Value'], rows: returnRows });

/** The canonical workbook: element names, schema order, child sheets for FAMs. */
const canonical: SheetTable[] = [
  ret(),
  {
    sheet: 'Learner', headerRow: 1, firstColumn: 1,
    headers: ['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames', 'DateOfBirth', 'Ethnicity', 'Sex', 'LLDDHealthProb', 'Postcode'],
    rows: [
      ['000101', 1000000027, 'Learner', 'Test', d('2005-03-04'), 31, 'F', 2, 'ZZ99 9ZZ'],
      ['000102', 1000000035, 'Learner', 'Other', d('2006-11-30'), 32, 'M', 2, 'ZZ99 9ZZ'],
    ],
  },
  {
    sheet: 'LearnerFAM', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'LearnFAMType', 'LearnFAMCode'],
    rows: [['000101', 'LSR', 57]],
  },
  {
    sheet: 'LearningDelivery', headerRow: 1, firstColumn: 1,
    headers: ['LearnRefNumber', 'LearnAimRef', 'AimType', 'AimSeqNumber', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'CompStatus', 'LearnActEndDate', 'WithdrawReason', 'Outcome'],
    rows: [
      ['000101', '60146394', 4, 1, d('2025-09-01'), d('2026-06-30'), 35, 1, null, null, null],
      ['000102', '60146394', 4, 1, d('2025-09-01'), d('2026-06-30'), 35, 3, d('2025-09-20'), 97, 3],
      ['000102', '6014640X', 4, 2, d('2025-09-01'), d('2026-06-30'), 35, 1, null, null, null],
    ],
  },
  {
    sheet: 'LearningDeliveryFAM', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'AimSeqNumber', 'LearnDelFAMType', 'LearnDelFAMCode'],
    rows: [
      ['000101', 1, 'SOF', '105'],
      ['000101', 1, 'FFI', '1'],
      ['000101', 1, 'LDM', '034'],
      ['000101', 1, 'LDM', '347'],
      ['000102', 1, 'SOF', '105'],
      ['000102', 2, 'SOF', '105'],
    ],
  },
];

async function variantWorkbook(): Promise<SheetTable[]> {
  const wb = new ExcelJS.Workbook();
  const r = wb.addWorksheet('Return');
  r.addRow(['Field', 'Value']);
  for (const row of returnRows) r.addRow(row as ExcelJS.CellValue[]);
  // Learner: a title above the header row, shuffled friendly headers, blank rows, an unknown column, LSR shorthand.
  const l = wb.addWorksheet('Learners');
  l.getCell('A1').value = 'Learners 2025-26 (test data)';
  l.getRow(3).values = ['Unique learner number', 'Tutor', 'date of birth', 'GIVEN_NAMES', 'Family name', 'Learner reference number', 'LSR', 'Sex', 'Ethnicity', 'LLDD and health problem', 'Postcode'];
  l.getRow(4).values = ['1000000027', 'Ms Tutor', '04/03/2005', 'Test', 'Learner', '000101', 57, 'F', '31', 2, 'ZZ99 9ZZ'];
  l.getRow(6).values = [1000000035, 'Mr Tutor', d('2006-11-30'), 'Other', 'Learner', '000102', null, 'M', 32, '2', 'ZZ99 9ZZ'];
  // LearningDelivery: an Excel table at C5, friendly headers in another order, FAM shorthands, our Checks column.
  const ld = wb.addWorksheet('LearningDelivery');
  ld.addTable({
    name: 'Aims', ref: 'C5', headerRow: true,
    columns: ['Completion status', 'Aim sequence number', 'Learner reference number', 'Learning aim reference', 'Aim type', 'Learning start date', 'Learning planned end date', 'Funding model', 'SOF', 'FFI', 'LDM', 'Withdrawal reason', 'Learning actual end date', 'Outcome', 'Checks'].map((name) => ({ name })),
    rows: [
      [1, 1, '000101', '60146394', 4, d('2025-09-01'), d('2026-06-30'), 35, 105, 1, '034; 347', null, null, null, 'OK'],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      [3, 1, '000102', '60146394', 4, 45901, 46203, 35, '105', null, null, 97, '20/09/2025', 3, 'OK'],
      [1, '2', '000102', '6014640X', '4', '2025-09-01', '30/06/2026', 35, 105, null, null, null, null, null, 'OK'],
    ],
  });
  const buf = await wb.xlsx.writeBuffer();
  return readXlsxBuffer(buf as ArrayBuffer);
}

describe('headers by name in any order', () => {
  const expected = writeXmlString(readTables(canonical, { now: NOW }).message);

  it('a workbook with shuffled friendly headers, a title row, an Excel table, blank rows and FAM shorthands gives the same XML', async () => {
    const tables = await variantWorkbook();
    const res = readTables(tables, { now: NOW });
    expect(res.problems).toEqual([]);
    expect(res.notes).toEqual(['Learners: column "Tutor" (B) is not an ILR field; kept in the workbook, not put in the file']);
    expect(xmlDifferences(expected, writeXmlString(res.message))).toEqual([]);
  });

  it('values keep their cell addresses, also inside a table that starts at C5', async () => {
    const res = readTables(await variantWorkbook(), { now: NOW });
    const learner = res.message.root.children['Learner']![0]!;
    expect(learner.fields['LearnRefNumber']!.loc).toEqual({ sheet: 'Learners', cell: 'F4' });
    expect(learner.loc).toEqual({ sheet: 'Learners', cell: 'A4' });
    const aim = res.message.root.children['Learner']![1]!.children['LearningDelivery']![0]!;
    expect(aim.fields['WithdrawReason']!.loc).toEqual({ sheet: 'LearningDelivery', cell: 'N8' });
    const ldm = learner.children['LearningDelivery']![0]!.children['LearningDeliveryFAM']!.filter((f) => f.fields['LearnDelFAMType']!.text === 'LDM');
    expect(ldm.map((f) => [f.fields['LearnDelFAMCode']!.text, f.fields['LearnDelFAMCode']!.loc])).toEqual([
      ['034', { sheet: 'LearningDelivery', cell: 'M6' }],
      ['347', { sheet: 'LearningDelivery', cell: 'M6' }],
    ]);
  });

  it('a flat CSV (learner fields on every aim row) gives the same XML, and disagreeing learner values are named', () => {
    const csv = [
      'LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Ethnicity,Sex,LLDDHealthProb,Postcode,LSR,AimSeqNumber,LearnAimRef,AimType,LearnStartDate,LearnPlanEndDate,FundModel,CompStatus,LearnActEndDate,WithdrawReason,Outcome,SOF,FFI,LDM',
      '000101,1000000027,Learner,Test,04/03/2005,31,F,2,ZZ99 9ZZ,57,1,60146394,4,01/09/2025,30/06/2026,35,1,,,,105,1,034;347',
      '000102,1000000035,Learner,Other,30/11/2006,32,M,2,ZZ99 9ZZ,,1,60146394,4,01/09/2025,30/06/2026,35,3,20/09/2025,97,3,105,,',
      ',,,,,,,,,,,,,,,,,,,,,,',
      '000102,1000000035,Learner,Other,30/11/2006,32,M,2,ZZ99 9ZZ,,2,6014640X,4,01/09/2025,30/06/2026,35,1,,,,105,,',
    ].join('\r\n');
    const res = readTables([ret(), csvToTable(csv, 'mis-export')], { now: NOW });
    expect(res.problems).toEqual([]);
    expect(xmlDifferences(expected, writeXmlString(res.message))).toEqual([]);

    const clash = csv.replace('000102,1000000035,Learner,Other,30/11/2006,32,M,2,ZZ99 9ZZ,,2', '000102,1000000035,Learner,Other,01/12/2006,32,M,2,ZZ99 9ZZ,,2');
    const bad = readTables([ret(), csvToTable(clash, 'mis-export')], { now: NOW });
    expect(bad.problems.map((p) => [p.rule, p.severity, p.location, p.message])).toEqual([
      ['Cell_Duplicate', 'warning', { sheet: 'mis-export', cell: 'E5' }, 'learner 000102 has DateOfBirth "2006-11-30" in mis-export!E3 but "2006-12-01" here; the first is used'],
    ]);
  });
});
