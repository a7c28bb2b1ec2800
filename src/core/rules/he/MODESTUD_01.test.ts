import { heFindings, type HeCase } from './he-testing';
import { MODESTUD_01 } from './MODESTUD_01';

const FIELD = 'MODESTUD';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('MODESTUD_01: MODESTUD must be a valid code', () => {
  it.each<[string, number]>([
    ['4', 1],
    ['11', 1],
    ['1', 0],
    ['2', 0],
    ['3', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(MODESTUD_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'MODESTUD_01', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(MODESTUD_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_False: 1', '1', 0],
    ['ConditionMet_False: 99', '99', 0],
    ['ConditionMet_True: 11', '11', 1],
    ['ConditionMet_True: 12', '12', 1],
  ])('%s', (_n, value, n) => expect(heFindings(MODESTUD_01, '2021', withValue(value))).toHaveLength(n));
});
