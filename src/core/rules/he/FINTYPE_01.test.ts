import { heFindings, type HeCase } from './he-testing';
import { FINTYPE_01 } from './FINTYPE_01';

const FIELD = 'FINTYPE';
const withValue = (v: string | null): HeCase => ({ learner: { LearnerHE: [{ LearnerHEFinancialSupport: v === null ? [] : [{ FINTYPE: v, FINAMOUNT: 100 }] }] } });

describe('FINTYPE_01: FINTYPE must be a valid code', () => {
  it.each<[string, number]>([
    ['5', 1],
    ['9', 1],
    ['1', 0],
    ['2', 0],
    ['3', 0],
    ['4', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(FINTYPE_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'FINTYPE_01', severity: 'error', entity: 'LearnerHEFinancialSupport', field: FIELD, value });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(FINTYPE_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet (1, 2, 3, 4 are in the lookups)', '4', 0],
    ['a type not in the lookups: 5', '5', 1],
  ])('%s', (_n, value, n) => expect(heFindings(FINTYPE_01, '2021', withValue(value))).toHaveLength(n));
});
