import { formatLocation } from '../model/record';
import { readTables } from './read-tables';
import { SheetValue } from './sheet-value';
import type { CellValue, SheetTable } from './table';

describe('SheetValue', () => {
  it('holds its text and no location object; the location is built from sheet, row and column when asked', () => {
    const v = new SheetValue('ABC', 'LearningDelivery', 184211, 28);
    expect(Object.keys(v)).toEqual(['text']);
    expect(v.text).toBe('ABC');
    expect(v.loc).toEqual({ sheet: 'LearningDelivery', cell: 'AB184211' });
    expect(formatLocation(v.loc)).toBe('LearningDelivery!AB184211');
    expect(new SheetValue('', 'Learner', 2, 1).loc).toEqual({ sheet: 'Learner', cell: 'A2' });
    expect(new SheetValue('x', 'Learner', 10, 703).loc).toEqual({ sheet: 'Learner', cell: 'AAA10' });
  });

  it('every value read from a table, FAM shorthand and flat-sheet learner values too, gives its own cell', () => {
    const t = (sheet: string, firstColumn: number, headerRow: number, headers: CellValue[], rows: CellValue[][]): SheetTable => ({ sheet, headerRow, firstColumn, headers, rows });
    const learner = t('Learner', 2, 3, ['LearnRefNumber', 'ULN', 'LSR'], [['L1', 1000000027, '36;55'], ['L2', 1000000035, '']]);
    const aims = t('Aims', 1, 1, ['LearnRefNumber', 'FamilyName', 'AimSeqNumber', 'LearnAimRef'], [['L3', 'Smith', 1, 'ZPROG001']]);
    const res = readTables([learner, aims], { year: '2526', now: new Date(Date.UTC(2025, 6, 1)) });
    const ls = res.message.root.children['Learner']!;
    const at = (v: { text: string; loc?: unknown } | undefined) => [v?.text, v?.loc];
    expect(at(ls[0]!.fields['LearnRefNumber'])).toEqual(['L1', { sheet: 'Learner', cell: 'B4' }]);
    expect(at(ls[1]!.fields['ULN'])).toEqual(['1000000035', { sheet: 'Learner', cell: 'C5' }]);
    const fams = ls[0]!.children['LearnerFAM']!;
    expect(fams.map((f) => [at(f.fields['LearnFAMType']), at(f.fields['LearnFAMCode']), f.loc])).toEqual([
      [['LSR', { sheet: 'Learner', cell: 'D4' }], ['36', { sheet: 'Learner', cell: 'D4' }], { sheet: 'Learner', cell: 'D4' }],
      [['LSR', { sheet: 'Learner', cell: 'D4' }], ['55', { sheet: 'Learner', cell: 'D4' }], { sheet: 'Learner', cell: 'D4' }],
    ]);
    const flat = ls.find((l) => l.fields['LearnRefNumber']?.text === 'L3')!;
    expect(at(flat.fields['LearnRefNumber'])).toEqual(['L3', { sheet: 'Aims', cell: 'A2' }]);
    expect(at(flat.fields['FamilyName'])).toEqual(['Smith', { sheet: 'Aims', cell: 'B2' }]);
    expect(at(flat.children['LearningDelivery']![0]!.fields['LearnAimRef'])).toEqual(['ZPROG001', { sheet: 'Aims', cell: 'D2' }]);
  });
});
