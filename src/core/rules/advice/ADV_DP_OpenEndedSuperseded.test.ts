import { findingsOf } from '../testing';
import { dpSpec, out } from '../destination/dp-fixtures';
import { ADV_DP_OpenEndedSuperseded } from './ADV_DP_OpenEndedSuperseded';

const emp = (o: Record<string, string | number | undefined> = {}) => out({ OutStartDate: '2020-04-01', ...o });
const edu = (o: Record<string, string | number | undefined> = {}) => out({ OutType: 'EDU', OutCode: 4, OutStartDate: '2020-05-04', ...o });

describe('ADV_DP_OpenEndedSuperseded', () => {
  it.each([
    ['EMP open, later EDU', [emp(), edu()], 1],
    ['EMP ended before the EDU', [emp({ OutEndDate: '2020-05-01' }), edu()], 0],
    ['listed in reverse order', [edu(), emp()], 1],
    ['EDU on the same date as the EMP', [emp(), edu({ OutStartDate: '2020-04-01' })], 0],
    ['later outcome of the same type', [emp(), emp({ OutCode: 2, OutStartDate: '2020-06-01' })], 0],
    ['only one outcome', [emp()], 0],
    ['three types in turn, none ended', [emp(), edu(), out({ OutType: 'NPE', OutStartDate: '2020-09-01' })], 2],
  ])('%s', (_n, outcomes, expected) => {
    const f = findingsOf(ADV_DP_OpenEndedSuperseded, '2021', dpSpec(outcomes));
    expect(f).toHaveLength(expected);
    if (expected) {
      expect(f[0]).toMatchObject({ rule: 'ADV_DP_OpenEndedSuperseded', severity: 'advice', entity: 'DPOutcome', field: 'OutEndDate' });
      expect(f[0]!.message).toMatch(/destination from 2020-04-01 has no end date/);
    }
  });
});
