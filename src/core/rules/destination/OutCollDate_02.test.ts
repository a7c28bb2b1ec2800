import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutCollDate_02 } from './OutCollDate_02';

describe('OutCollDate_02: collection date not more than 10 years before the teaching year', () => {
  it.each([
    ['the day before 1 Aug 2010', '2010-07-31', 1],
    ['on 1 Aug 2010', '2010-08-01', 0],
    ['recent', '2020-10-01', 0],
  ])('%s', (_n, coll, expected) => {
    const f = findingsOf(OutCollDate_02, '2021', dpSpec([out({ OutCollDate: coll })]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutCollDate_02', field: 'OutCollDate', value: coll });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ValidateError: collected 1 Jul 2010, before 1 Aug 2010 (year start less 10 years)', '2010-07-01', 1],
    ['ValidateNoError: collected 2 Aug 2010', '2010-08-02', 0],
  ])('%s', (_n, coll, expected) => {
    expect(findingsOf(OutCollDate_02, '2021', dpSpec([out({ OutStartDate: '2010-06-01', OutCollDate: coll })]))).toHaveLength(expected);
  });
});
