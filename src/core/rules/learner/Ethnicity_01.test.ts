import { findingsOf, learnerWith } from '../testing';
import { Ethnicity_01 } from './Ethnicity_01';

describe('Ethnicity_01: Ethnicity must be a valid code', () => {
  it.each([
    [31, false],
    [99, false],
    ['098', false], // a code typed with a leading zero is the same number
    [30, true],
    [48, true]
  ])('%p', (value, fires) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(Ethnicity_01, year, learnerWith({ Ethnicity: value }));
      expect(f).toHaveLength(fires ? 1 : 0);
      if (fires) expect(f[0]).toMatchObject({ rule: 'Ethnicity_01', severity: 'error', entity: 'Learner', field: 'Ethnicity', value: String(value) });
    }
  });

  it('leaves a blank value to the FD rules', () => {
    expect(findingsOf(Ethnicity_01, '2526', learnerWith({ Ethnicity: '' }))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it('Validate_Error: -99', () => {
    expect(findingsOf(Ethnicity_01, '2021', learnerWith({ Ethnicity: -99 }))).toHaveLength(1);
  });
});
