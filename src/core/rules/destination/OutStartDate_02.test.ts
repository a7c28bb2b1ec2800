import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutStartDate_02 } from './OutStartDate_02';

describe('OutStartDate_02: start not more than a year after the teaching year', () => {
  it.each([
    ['on 31 Jul 2022', '2022-07-31', 0],
    ['the day after', '2022-08-01', 1],
    ['well inside the year', '2021-03-01', 0],
  ])('%s', (_n, start, expected) => {
    const f = findingsOf(OutStartDate_02, '2021', dpSpec([out({ OutStartDate: start })]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutStartDate_02', field: 'OutStartDate', value: start });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string[], number]>([
    ['ConditionMet_False: a start date well before the limit', ['2020-07-01'], 0],
    ['ConditionMet_True: two years after the end of the teaching year', ['2023-07-31'], 1],
    ['Validate_Error: two years after the end of the teaching year', ['2023-07-31'], 1],
    ['Validate_NoError: on the last day of the teaching year', ['2021-07-31'], 0],
    ['Validate_NoError_DBOutComeNullCheck: no outcomes', [], 0],
  ])('%s', (_n, starts, expected) => {
    expect(findingsOf(OutStartDate_02, '2021', dpSpec(starts.map((s) => out({ OutStartDate: s, OutCollDate: '2020-10-01' }))))).toHaveLength(expected);
  });
});
