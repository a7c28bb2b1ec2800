import { cellValueOf, messageToTables, templateTables } from '../../../src/core/sheet/write-tables';
import { messageFrom } from '../../../src/core/model/build';
import { years } from '../../../src/core/years/registry';
import type { SimpleType } from '../../../src/core/schema/model';

const type = (base: SimpleType['base']): SimpleType => ({ base, facets: { patterns: [] }, restrictedCharset: false });

describe('cellValueOf: model text as a cell value that loses nothing', () => {
  it.each([
    ['2025-08-01', 'date', new Date(Date.UTC(2025, 7, 1))],
    ['1899-12-31', 'date', '1899-12-31'],
    ['2025-02-30', 'date', '2025-02-30'],
    ['12', 'int', 12],
    ['012', 'int', '012'],
    ['1061484016', 'long', 1061484016],
    ['1.50', 'decimal', '1.50'],
    ['1.5', 'decimal', 1.5],
    ['abc', 'int', 'abc'],
    ['000123', 'string', '000123'],
    ['2025-01-08T09:14:05', 'dateTime', '2025-01-08T09:14:05'],
  ] as const)('%s (%s)', (text, base, cell) => {
    expect(cellValueOf(text, type(base))).toEqual(cell);
  });
});

describe('messageToTables', () => {
  it('Return first, then sheets with data in schema order; Learner and LearningDelivery always', () => {
    const msg = messageFrom('2526', { Learner: [{ LearnRefNumber: 'W1', LearnerFAM: [{ LearnFAMType: 'LSR', LearnFAMCode: '57' }] }] });
    const tables = messageToTables(msg);
    expect(tables.map((t) => t.sheet)).toEqual(['Return', 'Learner', 'LearnerFAM', 'LearningDelivery']);
    expect(tables[3]!.rows).toEqual([]);
    expect(tables[2]!.headers).toEqual(['LearnRefNumber', 'LearnFAMType', 'LearnFAMCode']);
    expect(tables[2]!.rows).toEqual([['W1', 'LSR', 57]]);
  });

  it('templateTables has every sheet, headers only, with the year on the Return sheet', () => {
    const tables = templateTables(years.get('2021'));
    expect(tables[0]!.rows.find((r) => r[0] === 'Year')).toEqual(['Year', '2021']);
    expect(tables.every((t) => t.sheet === 'Return' || t.rows.length === 0)).toBe(true);
    expect(tables.find((t) => t.sheet === 'DPOutcome')!.headers).toEqual(['LearnRefNumber', 'ULN', 'OutType', 'OutCode', 'OutStartDate', 'OutEndDate', 'OutCollDate']);
  });
});
