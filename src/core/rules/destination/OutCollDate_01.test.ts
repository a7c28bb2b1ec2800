import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutCollDate_01 } from './OutCollDate_01';

describe('OutCollDate_01: collection date not after the file preparation date', () => {
  it.each([
    ['on the file preparation date', '2020-10-01', 0],
    ['the day after', '2020-10-02', 1],
    ['the day before', '2020-09-30', 0],
  ])('%s', (_n, coll, expected) => {
    const f = findingsOf(OutCollDate_01, '2021', dpSpec([out({ OutCollDate: coll })], { filePreparationDate: '2020-10-01' }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutCollDate_01', field: 'OutCollDate', value: coll });
  });

  it('reports once per destination record, at the first late outcome', () => {
    const f = findingsOf(OutCollDate_01, '2021', dpSpec([out(), out({ OutType: 'EDU', OutCode: 4, OutCollDate: '2020-11-01' }), out({ OutCode: 2, OutCollDate: '2020-12-01' })], { filePreparationDate: '2020-10-01' }));
    expect(f).toHaveLength(1);
    expect(f[0]!.value).toBe('2020-11-01');
  });
});
