import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutEndDate_01 } from './OutEndDate_01';

describe('OutEndDate_01: end date not before start date', () => {
  it.each([
    ['end the day before the start', '2020-08-31', 1],
    ['end on the start date', '2020-09-01', 0],
    ['end the day after', '2020-09-02', 0],
    ['no end date', undefined, 0],
    ['end date typed as text that is not a date', 'soon', 0],
  ])('%s', (_n, end, expected) => {
    const f = findingsOf(OutEndDate_01, '2021', dpSpec([out({ OutEndDate: end })]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutEndDate_01', field: 'OutEndDate', value: end });
  });
});
