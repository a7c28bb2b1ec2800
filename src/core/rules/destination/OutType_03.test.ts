import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutType_03 } from './OutType_03';

const edu = (code: number, date = '2020-09-01') => out({ OutType: 'EDU', OutCode: code, OutStartDate: date });

describe('OutType_03: at most two EDU outcomes per start date', () => {
  it.each([
    ['two EDU on the same date', [edu(4), edu(5)], 0],
    ['three EDU on the same date', [edu(4), edu(5), edu(6)], 1],
    ['three EDU over two dates', [edu(4), edu(5), edu(6, '2020-09-02')], 0],
    ['three EMP on the same date (not EDU)', [out(), out({ OutCode: 2 }), out({ OutCode: 4 })], 0],
  ])('%s', (_n, outcomes, expected) => {
    const f = findingsOf(OutType_03, '2021', dpSpec(outcomes));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutType_03', field: 'OutType', value: 'EDU' });
  });
});
