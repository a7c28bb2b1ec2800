import { findingsOf, learnerWith } from '../testing';
import { Sex_01 } from './Sex_01';

describe('Sex_01: Sex must be a valid code', () => {
  it.each([
    ['F', false],
    ['M', false],
    ['X', true],
    ['f', true], // the list's codes are capitals
  ])('%p', (value, fires) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(Sex_01, year, learnerWith({ Sex: value }));
      expect(f).toHaveLength(fires ? 1 : 0);
      if (fires) expect(f[0]).toMatchObject({ rule: 'Sex_01', severity: 'error', entity: 'Learner', field: 'Sex', value: String(value) });
    }
  });

  it('leaves a blank value to the FD rules', () => {
    expect(findingsOf(Sex_01, '2526', learnerWith({ Sex: '' }))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['IsValidSexMeetsExpectation: A (not valid)', 'A', 1],
    ['IsValidSexMeetsExpectation: F', 'F', 0],
    ['IsValidSexMeetsExpectation: M', 'M', 0],
    ['IsValidSexMeetsExpectation: 0 (not valid)', '0', 1],
    ['Validate_Error: X', 'X', 1],
    ['Validate_NoError: F', 'F', 0],
  ])('%s', (_n, sex, expected) => {
    expect(findingsOf(Sex_01, '2021', learnerWith({ Sex: sex }))).toHaveLength(expected);
  });
});
