import { findingsOf, learnerWith } from '../testing';
import { Accom_01 } from './Accom_01';

describe('Accom_01: Accom must be a valid code', () => {
  it.each([
    [5, false],
    [1, true]
  ])('%p', (value, fires) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(Accom_01, year, learnerWith({ Accom: value }));
      expect(f).toHaveLength(fires ? 1 : 0);
      if (fires) expect(f[0]).toMatchObject({ rule: 'Accom_01', severity: 'error', entity: 'Learner', field: 'Accom', value: String(value) });
    }
  });

  it('leaves a blank value to the FD rules', () => {
    expect(findingsOf(Accom_01, '2526', learnerWith({ Accom: '' }))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number | undefined, number]>([
    ['ConditionMet_True: 4', 4, 1],
    ['ConditionMet_False: 5', 5, 0],
    ['Validate_Error: 10', 10, 1],
    ['Validate_NoError: not returned', undefined, 0],
  ])('%s', (_n, value, expected) => {
    expect(findingsOf(Accom_01, '2021', learnerWith(value === undefined ? {} : { Accom: value }))).toHaveLength(expected);
  });
});
