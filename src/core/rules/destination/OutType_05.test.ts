import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutType_05 } from './OutType_05';

describe('OutType_05: combination valid on the Outcome start date', () => {
  it.each([
    ['OTH 2 starting on its last valid day', 'OTH', '2', '2015-07-31', 0],
    ['OTH 2 starting the day after it ended', 'OTH', '2', '2015-08-01', 1],
    ['OTH 2 in 2020', 'OTH', '2', '2020-09-01', 1],
    ['OTH 1 in 2020', 'OTH', '1', '2020-09-01', 0],
    ['EMP 3 (not in the list: not current either, as ESFA)', 'EMP', '3', '2020-09-01', 1],
    ['unknown type left to OutType_01', 'XYZ', '1', '2020-09-01', 0],
  ])('%s', (_n, type, code, start, expected) => {
    const f = findingsOf(OutType_05, '2021', dpSpec([out({ OutType: type, OutCode: code, OutStartDate: start })]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutType_05', severity: 'error', field: 'OutStartDate', value: start });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string | undefined, number, number]>([
    ['OutTypeConditionMet_False: XXX', 'XXX', 3, 0],
    ['OutTypeConditionMet_False: no OutType', undefined, 3, 0],
    ['OutCodeConditionMet_True: EMP 3 on 1 Aug 2018', 'EMP', 3, 1],
    ['OutCodeConditionMet_False: EDU 1', 'EDU', 1, 0],
    ['ConditionMet_True: EMP 3', 'EMP', 3, 1],
    ['ConditionMet_False: XXX 3', 'XXX', 3, 0],
    ['Validate_Errors: EMP 3', 'EMP', 3, 1],
    ['Validate_NoErrors: EMP 1', 'EMP', 1, 0],
  ])('%s', (_n, type, code, expected) => {
    const o = out({ OutCode: code, OutStartDate: '2018-08-01', OutCollDate: '2018-09-01' });
    if (type === undefined) delete o.OutType;
    else o.OutType = type;
    expect(findingsOf(OutType_05, '2021', dpSpec([o]))).toHaveLength(expected);
  });
});
