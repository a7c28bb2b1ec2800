import { heFindings, type HeCase } from './he-testing';
import { TYPEYR_01 } from './TYPEYR_01';

const FIELD = 'TYPEYR';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('TYPEYR_01: TYPEYR must be a valid code', () => {
  it.each<[string, number]>([
    ['3', 1],
    ['6', 1],
    ['1', 0],
    ['2', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(TYPEYR_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'TYPEYR_01', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(TYPEYR_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ValidateNoError: TYPEYR 1', '1', 0],
    ['ConditionMetTrue: TYPEYR 6', '6', 1],
  ])('%s', (_n, value, n) => expect(heFindings(TYPEYR_01, '2021', withValue(value))).toHaveLength(n));
});
