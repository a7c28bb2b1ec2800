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

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2020-10-01';
  it.each<[string, string[], number]>([
    ['ConditionMet_True: collected on and a year after the file preparation date', [FPD, '2021-10-01'], 1],
    ['ConditionMet_False: collected on and a year before it', [FPD, '2019-10-01'], 0],
    ['Validate_Errors: on and a year after', [FPD, '2021-10-01'], 1],
    ['Validate_NoErrors: on and a year before', [FPD, '2019-10-01'], 0],
  ])('%s', (_n, colls, expected) => {
    const spec = dpSpec(colls.map((c) => out({ OutStartDate: '2019-09-01', OutCollDate: c })), { filePreparationDate: FPD });
    expect(findingsOf(OutCollDate_01, '2021', spec)).toHaveLength(expected);
  });
});
