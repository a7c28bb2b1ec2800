import { heFindings, type HeCase } from './he-testing';
import { MSTUFEE_01 } from './MSTUFEE_01';

const FIELD = 'MSTUFEE';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('MSTUFEE_01: MSTUFEE must be a valid code', () => {
  it.each<[string, number]>([
    ['50', 1],
    ['0', 1],
    ['1', 0],
    ['2', 0],
    ['52', 0],
    ['99', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
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
