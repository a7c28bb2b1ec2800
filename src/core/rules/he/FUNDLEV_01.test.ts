import { heFindings, type HeCase } from './he-testing';
import { FUNDLEV_01 } from './FUNDLEV_01';

const FIELD = 'FUNDLEV';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('FUNDLEV_01: FUNDLEV must be a valid code', () => {
  it.each<[string, number]>([
    ['12', 1],
    ['9', 1],
    ['10', 0],
    ['11', 0],
    ['20', 0],
    ['21', 0],
    ['30', 0],
    ['31', 0],
    ['99', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(FUNDLEV_01, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'FUNDLEV_01', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(FUNDLEV_01, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_False: 10', '10', 0],
    ['ConditionMet_False: 99', '99', 0],
    ['ConditionMet_True: 9', '9', 1],
    ['ConditionMet_True: 12', '12', 1],
  ])('%s', (_n, value, n) => expect(heFindings(FUNDLEV_01, '2021', withValue(value))).toHaveLength(n));
});
