import { findingsOf } from '../testing';
import { dpSpec, out } from '../destination/dp-fixtures';
import { ADV_DP_FutureOutcome } from './ADV_DP_FutureOutcome';

const asOf = '2021-01-15';

describe('ADV_DP_FutureOutcome', () => {
  it.each([
    ['starts on the as-of date', out({ OutStartDate: asOf, OutCollDate: '2021-01-10' }), 0, undefined],
    ['starts the day after', out({ OutStartDate: '2021-01-16', OutCollDate: '2021-01-10' }), 1, /counts only once it is confirmed/],
    ['starts a year after collection, to the day', out({ OutStartDate: '2022-01-10', OutCollDate: '2021-01-10' }), 1, /counts only once it is confirmed/],
    ['starts a year and a day after collection', out({ OutStartDate: '2022-01-11', OutCollDate: '2021-01-10' }), 1, /more than a year after it was collected \(2021-01-10\)/],
    ['no collection date: measured from as-of', out({ OutStartDate: '2022-01-16', OutCollDate: undefined }), 1, /more than a year after 2021-01-15/],
    ['in the past', out({ OutStartDate: '2020-12-01' }), 0, undefined],
  ])('%s', (_n, outcome, expected, message) => {
    const f = findingsOf(ADV_DP_FutureOutcome, '2021', dpSpec([outcome]), { asOf });
    expect(f).toHaveLength(expected);
    if (message) {
      expect(f[0]).toMatchObject({ rule: 'ADV_DP_FutureOutcome', severity: 'advice', field: 'OutStartDate' });
      expect(f[0]!.message).toMatch(message);
    }
  });
});
