import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutType_04 } from './OutType_04';

describe('OutType_04: not EMP and NPE from the same start date', () => {
  it.each([
    ['EMP and NPE on the same date', [out(), out({ OutType: 'NPE' })], 1],
    ['EMP and NPE a day apart', [out(), out({ OutType: 'NPE', OutStartDate: '2020-09-02' })], 0],
    ['NPE then emp (lower case) on the same date', [out({ OutType: 'NPE' }), out({ OutType: 'emp' })], 1],
    ['EMP and EDU on the same date', [out(), out({ OutType: 'EDU', OutCode: 4 })], 0],
    ['two pairs: reported once for the record', [out(), out({ OutType: 'NPE' }), out({ OutStartDate: '2020-10-01' }), out({ OutType: 'NPE', OutStartDate: '2020-10-01' })], 1],
  ])('%s', (_n, outcomes, expected) => {
    const f = findingsOf(OutType_04, '2021', dpSpec(outcomes));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutType_04', field: 'OutType' });
  });
});
