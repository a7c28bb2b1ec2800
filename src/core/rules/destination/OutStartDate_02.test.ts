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
