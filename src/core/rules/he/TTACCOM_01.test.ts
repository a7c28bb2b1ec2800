import { heFindings, type HeCase } from './he-testing';
import { TTACCOM_01 } from './TTACCOM_01';

const FIELD = 'TTACCOM';
const withValue = (v: string | null): HeCase => ({ learner: { LearnerHE: [v === null ? {} : { [FIELD]: v }] } });

describe('TTACCOM_01: TTACCOM must be a valid code', () => {
  it.each<[string, number]>([
    ['3', 1],
    ['0', 1],
    ['1', 0],
    ['2', 0],
    ['4', 0],
    ['9', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(TTACCOM_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'TTACCOM_01', severity: 'error', entity: 'LearnerHE', field: FIELD, value });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(TTACCOM_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet (1 in the lookups)', '1', 0],
    ['ConditionMet (3 not in the lookups)', '3', 1],
  ])('%s', (_n, value, n) => expect(heFindings(TTACCOM_01, '2021', withValue(value))).toHaveLength(n));
});
