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

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const o = (type: string, start: string) => out({ OutType: type, OutCode: 1, OutStartDate: start });
  it.each<[string, ReturnType<typeof out>[], number]>([
    ['OutTypesConditionMet_True: EMP and NPE on 1 Jan 2017', [o('EMP', '2017-01-01'), o('NPE', '2017-01-01')], 1],
    ['OutTypesConditionMet_FalseNoEMP', [o('NPE', '2017-01-01')], 0],
    ['OutTypesConditionMet_FalseNoNPE', [o('EMP', '2017-01-01')], 0],
    ['OutTypesConditionMet_FalseNull: no outcomes', [], 0],
    ['OutStartDateConditionMet_True', [o('EMP', '2018-01-01'), o('NPE', '2019-01-01'), o('EMP', '2017-01-01'), o('NPE', '2017-01-01')], 1],
    ['OutStartDateConditionMet_FalseNoMatch', [o('EMP', '2017-01-01'), o('NPE', '2018-01-01')], 0],
    ['ConditionMet_True', [o('EMP', '2018-01-01'), o('NPE', '2019-01-01'), o('EMP', '2017-01-01'), o('NPE', '2017-01-01')], 1],
    ['ConditionMet_FalseOutTypes: EMP only', [o('EMP', '2018-01-01')], 0],
    ['ConditionMet_FalseOutStartDate', [o('EMP', '2018-01-01'), o('NPE', '2019-01-01'), o('EMP', '2017-01-01')], 0],
    ['ValidateError', [o('EMP', '2017-01-01'), o('NPE', '2017-01-01')], 1],
    ['ValidateNoError', [o('EMP', '2017-01-01'), o('NPE', '2018-01-01')], 0],
  ])('%s', (_n, outcomes, expected) => {
    expect(findingsOf(OutType_04, '2021', dpSpec(outcomes))).toHaveLength(expected);
  });
});
