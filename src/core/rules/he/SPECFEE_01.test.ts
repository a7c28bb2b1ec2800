import { heFindings, type HeCase } from './he-testing';
import { SPECFEE_01 } from './SPECFEE_01';

const FIELD = 'SPECFEE';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('SPECFEE_01: SPECFEE must be a valid code', () => {
  it.each<[string, number, number]>([
    // [value, findings 2025-26, findings 2020-21]: the 2025-26 list is incomplete (only a code that cannot be in it is
    // reported: letters, more than one digit); the 2020-21 Lookups list is whole
    ['6', 0, 1],
    ['8', 0, 1],
    ['A', 1, 1],
    ['10', 1, 1],
    ['0', 0, 0],
    ['1', 0, 0],
    ['4', 0, 0],
    ['5', 0, 0],
    ['9', 0, 0],
  ])('%s', (value, n2526, n2021) => {
    for (const [year, n] of [['2526', n2526], ['2021', n2021]] as const) {
      const f = heFindings(SPECFEE_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'SPECFEE_01', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(SPECFEE_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_False: 0', '0', 0],
    ['ConditionMet_False: 9', '9', 0],
    ['ConditionMet_True: 6 (11 is too long for the field)', '6', 1],
  ])('%s', (_n, value, n) => expect(heFindings(SPECFEE_01, '2021', withValue(value))).toHaveLength(n));
});
