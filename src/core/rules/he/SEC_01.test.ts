import { heFindings, type HeCase } from './he-testing';
import { SEC_01 } from './SEC_01';

const FIELD = 'SEC';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('SEC_01: SEC must be a valid code', () => {
  it.each<[string, number]>([
    ['0', 1],
    ['1', 0],
    ['9', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(SEC_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'SEC_01', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(SEC_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_False: 1', '1', 0],
    ['ConditionMet_False: 9', '9', 0],
    ['ConditionMet_True: 0 (11 is too long for the field)', '0', 1],
  ])('%s', (_n, value, n) => expect(heFindings(SEC_01, '2021', withValue(value))).toHaveLength(n));
});
