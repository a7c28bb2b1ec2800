import { heFindings, type HeCase } from './he-testing';
import { SPECFEE_01 } from './SPECFEE_01';

const FIELD = 'SPECFEE';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('SPECFEE_01: SPECFEE must be a valid code', () => {
  it.each<[string, number]>([
    ['6', 1],
    ['8', 1],
    ['0', 0],
    ['1', 0],
    ['4', 0],
    ['5', 0],
    ['9', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
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
