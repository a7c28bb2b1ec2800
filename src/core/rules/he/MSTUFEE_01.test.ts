import { heFindings, type HeCase } from './he-testing';
import { MSTUFEE_01 } from './MSTUFEE_01';

const FIELD = 'MSTUFEE';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('MSTUFEE_01: MSTUFEE must be a valid code', () => {
  it.each<[string, number, number]>([
    // [value, findings 2025-26, findings 2020-21]: the 2025-26 list is incomplete (only a code that cannot be in it is
    // reported: letters, more than two digits, 0 below its first code); the 2020-21 Lookups list is whole
    ['50', 0, 1],
    ['0', 1, 1],
    ['AB', 1, 1],
    ['100', 1, 1],
    ['1', 0, 0],
    ['2', 0, 0],
    ['52', 0, 0],
    ['99', 0, 0],
  ])('%s', (value, n2526, n2021) => {
    for (const [year, n] of [['2526', n2526], ['2021', n2021]] as const) {
      const f = heFindings(MSTUFEE_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_01', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(MSTUFEE_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_False: 1', '1', 0],
    ['ConditionMet_False: 12', '12', 0],
    ['not in the lookups: 50', '50', 1],
  ])('%s', (_n, value, n) => expect(heFindings(MSTUFEE_01, '2021', withValue(value))).toHaveLength(n));
});
