import { readTables } from '../../../src/core/sheet/read-tables';
import { messageToTables } from '../../../src/core/sheet/write-tables';
import type { CellValue, SheetTable } from '../../../src/core/sheet/table';
import { emptyReport, writeXmlString } from '../../../src/core/xml/write-xml';
import { destinationRecords, dpOutcomes } from '../../../src/core/model/access';

const t = (sheet: string, headers: CellValue[], rows: CellValue[][]): SheetTable => ({ sheet, headerRow: 1, firstColumn: 1, headers, rows });
const NOW = new Date(Date.UTC(2025, 6, 1, 11, 30, 0)); // 12:30:00 in London (BST)

describe('readTables', () => {
  it('takes the year from the Return sheet, else the option, else the newest year', () => {
    const ret = t('Return', ['Field', 'Value'], [['Year', '2021']]);
    expect(readTables([ret], { now: NOW }).message.year.code).toBe('2021');
    const over = readTables([ret], { year: '2526', now: NOW });
    expect(over.message.year.code).toBe('2526');
    expect(over.notes).toContain('the Return sheet says year 2021; read as 2025-26 as asked');
    expect(readTables([], { now: NOW }).message.year.code).toBe('2526');
  });

  it('an unknown year on the Return sheet is an error at its cell (read as the newest year)', () => {
    const res = readTables([t('Return', ['Field', 'Value'], [['Year', '2025/2026'], ['UKPRN', 10000001]]), t('Return2', [], [])], { now: NOW });
    expect(res.message.year.code).toBe('2526');
    expect(res.problems).toEqual([]);
    const bad = readTables([t('Return', ['Field', 'Value'], [['UKPRN', 10000001], ['Year', '2728']])], { now: NOW });
    expect(bad.message.year.code).toBe('2526');
    expect(bad.problems.map((p) => [p.rule, p.severity, p.location])).toEqual([['Cell_Year', 'error', { sheet: 'Return', cell: 'B3' }]]);
    expect(bad.problems[0]!.message).toMatch(/^year "2728" is not a year ILR Workbench knows \(2021, 2526\); read as 2025-26/);
  });

  it('builds Header, Source and LearningProvider from the Return sheet; DateTime defaults to now in London', () => {
    const ret = t('Return', ['Field', 'Value'], [['UKPRN', 10000001], ['Serial number', '02'], ['SoftwareSupplier', 'Test'], ['SoftwarePackage', 'Pkg'], ['Release', '1'], ['FilePreparationDate', 45839]]);
    const { message } = readTables([ret], { now: NOW });
    const xml = writeXmlString(message);
    expect(xml).toContain('<Collection>ILR</Collection>');
    expect(xml).toContain('<Year>2526</Year>');
    expect(xml).toContain('<FilePreparationDate>2025-07-01</FilePreparationDate>');
    expect(xml).toContain('<ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking>');
    expect(xml).toContain('<SerialNo>02</SerialNo>');
    expect(xml).toContain('<DateTime>2025-07-01T12:30:00</DateTime>');
    expect(xml).toMatch(/<LearningProvider>\s*<UKPRN>10000001<\/UKPRN>/);
    const ukprn = message.root.children['Header']![0]!.children['Source']![0]!.fields['UKPRN']!;
    expect(ukprn.loc).toEqual({ sheet: 'Return', cell: 'B2' });
  });

  it('2025-26: DPOutcome rows are kept in the model for tracking and left out of the XML, with a note', () => {
    const tables = [
      t('Learner', ['LearnRefNumber'], [['DP1']]),
      t('DPOutcome', ['LearnRefNumber', 'ULN', 'OutType', 'OutCode', 'OutStartDate'], [
        ['DP1', 1000000027, 'EDU', 1, '01/09/2025'],
        ['DP1', 1000000027, 'EMP', 2, '01/10/2025'],
        ['DP2', 1000000035, 'EDU', 1, '01/09/2025'],
      ]),
    ];
    const res = readTables(tables, { year: '2526', now: NOW });
    expect(res.problems).toEqual([]);
    const recs = destinationRecords(res.message);
    expect(recs.map((r) => [r.fields['LearnRefNumber']!.text, dpOutcomes(r).length])).toEqual([['DP1', 2], ['DP2', 1]]);
    const start = dpOutcomes(recs[0]!)[1]!.fields['OutStartDate']!;
    expect({ text: start.text, loc: start.loc }).toEqual({ text: '2025-10-01', loc: { sheet: 'DPOutcome', cell: 'E3' } }); // the location is a getter
    expect(res.notes.join('\n')).toMatch(/not written to the XML/);
    const report = emptyReport();
    expect(writeXmlString(res.message, report)).not.toContain('DPOutcome');
    expect(report.leftOut.length).toBe(1);
    expect(messageToTables(res.message).map((x) => x.sheet)).toContain('DPOutcome');
  });

  it('2025-26: a destination value beyond the tracking layout\'s limits is a warning at its cell (no field-definition rule of the year covers DP; found by the workbook fuzz)', () => {
    const tables = [
      t('DPOutcome', ['LearnRefNumber', 'ULN', 'OutType', 'OutCode', 'OutStartDate'], [
        ['A'.repeat(40_000), 1000000027, 'EDU', 1, '01/09/2025'],
        ['DP1', 1000000027, 'EDUC', 1, '01/09/2025'],
      ]),
    ];
    const res = readTables(tables, { year: '2526', now: NOW });
    const tracking = res.problems.filter((p) => p.rule === 'Cell_Tracking');
    expect(tracking.map((p) => [p.severity, p.location, p.field])).toEqual([
      ['warning', { sheet: 'DPOutcome', cell: 'A2' }, 'LearnRefNumber'],
      ['warning', { sheet: 'DPOutcome', cell: 'C3' }, 'OutType'],
    ]);
    expect(tracking[1]!.message).toMatch(/destination layout; kept for tracking, not part of the 2025-26 file\)$/);
    // the value is kept as typed
    expect(destinationRecords(res.message)[1]!.children['DPOutcome']![0]!.fields['OutType']!.text).toBe('EDUC');
  });

  it('DP rows of one learner with different ULNs are named', () => {
    const res = readTables([t('DPOutcome', ['LearnRefNumber', 'ULN', 'OutType', 'OutCode'], [['DP1', 1000000027, 'EDU', 1], ['DP1', 1000000035, 'EMP', 2]])], { year: '2021', now: NOW });
    expect(res.problems.map((p) => [p.rule, p.location, p.message])).toEqual([
      ['Cell_Duplicate', { sheet: 'DPOutcome', cell: 'B3' }, 'LearnRefNumber DP1 has ULN "1000000027" in DPOutcome!B2 but "1000000035" here; the first is used'],
    ]);
  });

  it('joins employment monitoring by LearnRefNumber and DateEmpStatApp, whatever form the date takes', () => {
    const res = readTables([
      t('Learner', ['LearnRefNumber'], [['E1']]),
      t('LearnerEmploymentStatus', ['LearnRefNumber', 'EmpStat', 'DateEmpStatApp'], [['E1', 10, new Date(Date.UTC(2025, 7, 1))], ['E1', 11, '01/01/2026']]),
      t('EmploymentStatusMonitoring', ['LearnRefNumber', 'DateEmpStatApp', 'ESMType', 'ESMCode'], [['E1', 45870, 'EII', 8], ['E1', '2026-01-01', 'LOU', 2]]),
    ], { year: '2526', now: NOW });
    expect(res.problems).toEqual([]);
    const les = res.message.root.children['Learner']![0]!.children['LearnerEmploymentStatus']!;
    expect(les.map((e) => (e.children['EmploymentStatusMonitoring'] ?? []).map((m) => m.fields['ESMType']!.text))).toEqual([['EII'], ['LOU']]);
  });

  it('flattened LearnerHE columns and the LearnerHEFinancialSupport sheet make one LearnerHE', () => {
    const res = readTables([
      t('Learner', ['LearnRefNumber', 'LearnerHE_UCASPERID', 'LearnerHE.TTACCOM'], [['H1', '1234567890', 4], ['H2', null, null]]),
      t('LearnerHEFinancialSupport', ['LearnRefNumber', 'FINTYPE', 'FINAMOUNT'], [['H1', 1, 500], ['H2', 2, 300]]),
    ], { year: '2526', now: NOW });
    const [h1, h2] = res.message.root.children['Learner']!;
    expect(h1!.children['LearnerHE']!).toHaveLength(1);
    expect(h1!.children['LearnerHE']![0]!.fields['UCASPERID']!.text).toBe('1234567890');
    expect(h1!.children['LearnerHE']![0]!.children['LearnerHEFinancialSupport']).toHaveLength(1);
    expect(h2!.children['LearnerHE']![0]!.children['LearnerHEFinancialSupport']![0]!.fields['FINAMOUNT']!.text).toBe('300');
  });

  it('two aims sharing AimSeqNumber: joined by LearnAimRef when given, else to the first with a warning', () => {
    const learner = t('Learner', ['LearnRefNumber'], [['A1']]);
    const ld = t('LearningDelivery', ['LearnRefNumber', 'AimSeqNumber', 'LearnAimRef'], [['A1', 1, 'AIM00001'], ['A1', 1, 'AIM00002']]);
    const withRef = readTables([learner, ld, t('LearningDeliveryFAM', ['LearnRefNumber', 'AimSeqNumber', 'LearnAimRef', 'LearnDelFAMType', 'LearnDelFAMCode'], [['A1', 1, 'AIM00002', 'SOF', '105']])], { now: NOW });
    expect(withRef.problems).toEqual([]);
    const aims = withRef.message.root.children['Learner']![0]!.children['LearningDelivery']!;
    expect(aims.map((a) => (a.children['LearningDeliveryFAM'] ?? []).length)).toEqual([0, 1]);
    const without = readTables([learner, ld, t('LearningDeliveryFAM', ['LearnRefNumber', 'AimSeqNumber', 'LearnDelFAMType', 'LearnDelFAMCode'], [['A1', 1, 'SOF', '105']])], { now: NOW });
    expect(without.problems.map((p) => [p.rule, p.severity, p.location])).toEqual([['Cell_AmbiguousParent', 'warning', { sheet: 'LearningDeliveryFAM', cell: 'A2' }]]);
  });

  it('a child sheet without its key column is not read, with a note; an unrecognised sheet is noted', () => {
    const res = readTables([
      t('Learner', ['LearnRefNumber'], [['K1']]),
      t('LearningDeliveryFAM', ['LearnRefNumber', 'LearnDelFAMType', 'LearnDelFAMCode'], [['K1', 'SOF', '105']]),
      t('Notes', ['Anything'], [['free text']]),
    ], { now: NOW });
    expect(res.notes).toEqual([
      'no Return sheet: the header values (UKPRN, SerialNo) are missing; add a Return sheet with Field and Value columns',
      'sheet "Notes" is not an ILR sheet (no LearnRefNumber header row found); ignored',
      'LearningDeliveryFAM: no AimSeqNumber column, so its rows cannot be joined to their LearningDelivery records; sheet not read',
    ]);
  });

  it('a LearnRefNumber twice on the Learner sheet is named; children join to the first', () => {
    const res = readTables([t('Learner', ['LearnRefNumber', 'GivenNames'], [['D1', 'Test'], ['D1', 'Other']]), t('LearnerFAM', ['LearnRefNumber', 'LearnFAMType', 'LearnFAMCode'], [['D1', 'LSR', 57]])], { now: NOW });
    expect(res.problems.map((p) => [p.rule, p.severity, p.location, p.message])).toEqual([
      ['Cell_Duplicate', 'warning', { sheet: 'Learner', cell: 'A3' }, 'LearnRefNumber D1 is also on Learner!A2; rows on other sheets are joined to the first'],
    ]);
    expect(res.message.root.children['Learner']!.map((l) => (l.children['LearnerFAM'] ?? []).length)).toEqual([1, 0]);
  });

  it('a sheet named Learner holding aim columns is read as a flat sheet', () => {
    const res = readTables([t('Learner', ['LearnRefNumber', 'FamilyName', 'AimSeqNumber', 'LearnAimRef', 'CompStatus'], [['F1', 'Learner', 1, 'AIM00001', 1], ['F1', 'Learner', 2, 'AIM00002', 2]])], { now: NOW });
    expect(res.problems).toEqual([]);
    const [learner] = res.message.root.children['Learner']!;
    expect(learner!.fields['FamilyName']!.text).toBe('Learner');
    expect(learner!.children['LearningDelivery']!.map((a) => a.fields['LearnAimRef']!.text)).toEqual(['AIM00001', 'AIM00002']);
  });

  it('a child row without its key is an error naming the row', () => {
    const res = readTables([t('Learner', ['LearnRefNumber'], [['K1']]), t('LearnerFAM', ['LearnRefNumber', 'LearnFAMType', 'LearnFAMCode'], [[null, 'LSR', 57]])], { now: NOW });
    expect(res.problems.map((p) => [p.rule, p.severity, p.location, p.message])).toEqual([
      ['Cell_OrphanRow', 'error', { sheet: 'LearnerFAM', cell: 'A2' }, 'row 2 has no LearnRefNumber, so it cannot be joined to its Learner record; it would be left out of the file'],
    ]);
  });
});
