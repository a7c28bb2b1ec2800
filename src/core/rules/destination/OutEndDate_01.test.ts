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

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, string | undefined, number]>([
    ['Validate_Errors: start 12 Dec, end 1 Aug', '2020-12-12', '2020-08-01', 1],
    ['Validate_NoErrors: start 1 Dec, end 12 Dec', '2020-12-01', '2020-12-12', 0],
    ['Validate_Null_NoErrors: no end date', '2020-12-01', undefined, 0],
  ])('%s', (_n, start, end, expected) => {
    expect(findingsOf(OutEndDate_01, '2021', dpSpec([out({ OutStartDate: start, ...(end ? { OutEndDate: end } : {}) })]))).toHaveLength(expected);
  });
});
