import { readTables } from '../../../src/core/sheet/read-tables';
import { coerceCell, numberText } from '../../../src/core/sheet/coerce';
import type { CellValue, SheetTable } from '../../../src/core/sheet/table';
import { formatLocation } from '../../../src/core/model/record';
import { years } from '../../../src/core/years/registry';

const year = years.get('2526');
const simple = (path: string) => year.schema.byPath.get(path)!.simple!;
const LRN = simple('Message/Learner/LearnRefNumber');
const ULN = simple('Message/Learner/ULN');
const DOB = simple('Message/Learner/DateOfBirth');
const FAMILY = simple('Message/Learner/FamilyName');
const ADDRESS = simple('Message/Learner/AddLine1');
const STATUS = simple('Message/Learner/LearningDelivery/CompStatus');
const DATETIME = simple('Message/Header/Source/DateTime');
const restricted = year.schema.restrictedStringPattern;

describe('coerceCell: one case per kind of cell', () => {
  const cases: [string, CellValue, typeof LRN, string | undefined, string[]][] = [
    ['Excel serial date', 45870, DOB, '2025-08-01', []],
    ['serial date before the 1900 leap-year bug', 59, DOB, '1900-02-28', []],
    ['serial date after the 1900 leap-year bug', 61, DOB, '1900-03-01', []],
    ['serial 60 (29/02/1900, never existed)', 60, DOB, undefined, ['Cell_Date error: 60 is 29 February 1900, a date that does not exist']],
    ['JS Date from exceljs (UTC parts)', new Date(Date.UTC(2004, 1, 29)), DOB, '2004-02-29', []],
    ['UK text date', '01/08/2025', DOB, '2025-08-01', []],
    ['UK text date without leading zeros', '1/8/2025', DOB, '2025-08-01', []],
    ['ISO text date', '2025-08-01', DOB, '2025-08-01', []],
    ['two-digit year', '01/08/25', DOB, undefined, ['Cell_Date error: "01/08/25" has a two-digit year: use a four-digit year (dd/mm/yyyy)']],
    ['impossible date', '31/02/2025', DOB, undefined, ['Cell_Date error: "31/02/2025" is not a real date']],
    ['text that is no date', 'next week', DOB, undefined, ['Cell_Date error: "next week" is not a date (use dd/mm/yyyy or a date cell)']],
    ['date with spaces', ' 01/08/2025 ', DOB, '2025-08-01', ['Cell_Whitespace warning: leading/trailing spaces removed']],
    ['number stored as text with spaces', '  12', STATUS, '12', ['Cell_Whitespace warning: leading/trailing spaces removed']],
    ['number stored as text', '2', STATUS, '2', []],
    ['number', 3, STATUS, '3', []],
    ['text in a number field', 'two', STATUS, undefined, ['Cell_Number error: "two" is not a number']],
    ['boolean in a number field', true, STATUS, undefined, ['Cell_Number error: TRUE is not a number']],
    ['ULN typed as a number', 1061484016, ULN, '1061484016', []],
    ['11-digit ULN (left to the FD rules)', '10614840161', ULN, '10614840161', []],
    ['LearnRefNumber typed as a number', 123, LRN, '123', []],
    ['leading zeros kept in text', '000123', LRN, '000123', []],
    ['large whole number in a text field', 123456789012, LRN, '123456789012', []],
    ['#N/A', { error: '#N/A' }, FAMILY, undefined, ['Cell_FormulaError error: holds the formula error #N/A; correct the formula or type the value']],
    ['#VALUE!', { error: '#VALUE!' }, DOB, undefined, ['Cell_FormulaError error: holds the formula error #VALUE!; correct the formula or type the value']],
    ['character outside the ILR set', '1 Rue Renée', ADDRESS, '1 Rue Renée', ['Cell_Charset error: contains "é" (U+00E9), which is not in the ILR character set']],
    ['non-breaking space outside the ILR set', '1\u00a0High Street', ADDRESS, '1\u00a0High Street', ['Cell_Charset error: contains a non-breaking space (U+00A0), which is not in the ILR character set']],
    ['"é" in a name (2025-26 names are not restricted)', 'Renée', FAMILY, 'Renée', []],
    ['a date in a text field', new Date(Date.UTC(2025, 0, 1)), FAMILY, undefined, ['Cell_Text error: holds a date, but this field is text; format the cell as Text and type the value']],
    ['only spaces', '   ', FAMILY, undefined, ['Cell_Whitespace warning: holds only spaces; treated as blank']],
    ['blank', null, FAMILY, undefined, []],
    ['date and time as Date', new Date(Date.UTC(2025, 0, 8, 9, 14, 5)), DATETIME, '2025-01-08T09:14:05', []],
    ['date and time typed UK style', '08/01/2025 09:14:05', DATETIME, '2025-01-08T09:14:05', []],
    ['date and time as serial', 45665.5, DATETIME, '2025-01-08T12:00:00', []],
  ];
  it.each(cases)('%s', (_name, value, type, text, problems) => {
    const c = coerceCell(value, type, restricted);
    expect(c.text).toBe(text);
    expect(c.problems.map((p) => `${p.rule} ${p.severity}: ${p.message}`)).toEqual(problems);
  });

  it('writes whole numbers without exponent or decimal point', () => {
    expect(numberText(1061484016)).toBe('1061484016');
    expect(numberText(1e20)).toBe('100000000000000000000');
    expect(numberText(12.5)).toBe('12.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(0.0000001)).toBe('0.0000001');
  });
});

describe('cell problems carry sheet, cell, entity, field and value', () => {
  const table = (sheet: string, headers: CellValue[], rows: CellValue[][], headerRow = 1): SheetTable => ({ sheet, headerRow, firstColumn: 1, headers, rows });
  const tables = [
    table('Learner', ['LearnRefNumber', 'ULN', 'AddLine1', 'GivenNames', 'DateOfBirth'], [
      ['L1', 1061484016, 'Renée Road', 'Test', '31/02/2001'],
      [null, null, null, null, null],
      ['L2', '  1061484016', 'Learner Lane', { error: '#N/A' }, 37000],
    ]),
    table('LearningDelivery', ['LearnRefNumber', 'AimSeqNumber', 'LearnAimRef', 'CompStatus', 'LearnStartDate'], [
      ['L1', 1, 'ZPROG001', 'x', '01/08/25'],
      ['L9', 1, 'ZPROG001', 1, 45870],
    ]),
  ];
  const { problems } = readTables(tables, { year: '2526' });
  const shown = problems.map((p) => `${p.rule} ${p.severity} ${formatLocation(p.location)} ${p.entity}.${p.field ?? ''}: ${p.message}`);

  it.each([
    'Cell_Charset error Learner!C2 Learner.AddLine1: contains "é" (U+00E9), which is not in the ILR character set',
    'Cell_Date error Learner!E2 Learner.DateOfBirth: "31/02/2001" is not a real date',
    'Cell_Whitespace warning Learner!B4 Learner.ULN: leading/trailing spaces removed',
    'Cell_FormulaError error Learner!D4 Learner.GivenNames: holds the formula error #N/A; correct the formula or type the value',
    'Cell_Number error LearningDelivery!D2 LearningDelivery.CompStatus: "x" is not a number',
    'Cell_Date error LearningDelivery!E2 LearningDelivery.LearnStartDate: "01/08/25" has a two-digit year: use a four-digit year (dd/mm/yyyy)',
    'Cell_OrphanRow error LearningDelivery!A3 LearningDelivery.LearnRefNumber: no Learner row has LearnRefNumber L9; this row would be left out of the file',
  ])('%s', (line) => {
    expect(shown).toContain(line);
  });

  it('reports nothing else (the blank row is skipped)', () => {
    expect(shown).toHaveLength(7);
  });

  it('keeps the value and learner of each problem', () => {
    const charset = problems.find((p) => p.rule === 'Cell_Charset')!;
    expect(charset.value).toBe('Renée Road');
    expect(charset.learnRefNumber).toBe('L1');
    expect(problems.find((p) => p.rule === 'Cell_FormulaError')!.value).toBe('#N/A');
  });
});
