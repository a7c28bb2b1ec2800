import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutType_02 } from './OutType_02';

const d1 = '2020-09-01';
const d2 = '2020-09-02';

describe('OutType_02: one outcome of a type (other than EDU) per start date', () => {
  it.each([
    ['two EMP on the same date', [out({ OutStartDate: d1 }), out({ OutCode: 2, OutStartDate: d1 })], 1],
    ['two EMP a day apart', [out({ OutStartDate: d1 }), out({ OutCode: 2, OutStartDate: d2 })], 0],
    ['EMP and GAP on the same date', [out({ OutStartDate: d1 }), out({ OutType: 'GAP', OutCode: 1, OutStartDate: d1 })], 0],
    ['two VOL, one lower case', [out({ OutType: 'VOL', OutStartDate: d1 }), out({ OutType: 'vol', OutStartDate: d1 })], 1],
    ['two EDU (OutType_03 allows two)', [out({ OutType: 'EDU', OutCode: 4 }), out({ OutType: 'EDU', OutCode: 5 })], 0],
    [
      'two types repeated on one date: reported once for the date',
      [out({ OutStartDate: d1 }), out({ OutCode: 2, OutStartDate: d1 }), out({ OutType: 'NPE', OutStartDate: d1 }), out({ OutType: 'NPE', OutCode: 2, OutStartDate: d1 })],
      1,
    ],
    ['repeats on two dates', [out({ OutStartDate: d1 }), out({ OutStartDate: d1, OutCode: 2 }), out({ OutStartDate: d2 }), out({ OutStartDate: d2, OutCode: 2 })], 2],
  ])('%s', (_n, outcomes, expected) => {
    const f = findingsOf(OutType_02, '2021', dpSpec(outcomes));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutType_02', entity: 'DPOutcome', field: 'OutType' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const on = (date: string, types: string[]) => types.map((t) => out({ OutType: t, OutCode: 1, OutStartDate: date }));
  const twoDates = (a: string[], b: string[]) => [...on('2020-08-01', a), ...on('2020-09-01', b)];
  it.each<[string, ReturnType<typeof out>[], number]>([
    ['ConditionMet_True: GAP, GAP, EDU', on('2020-09-01', ['GAP', 'GAP', 'EDU']), 1],
    ['ConditionMet_True_Multiple: GAP, GAP, EDU, EDU, EMP, EMP', on('2020-09-01', ['GAP', 'GAP', 'EDU', 'EDU', 'EMP', 'EMP']), 1],
    ['ConditionMet_False: EDU, GAP', on('2020-09-01', ['EDU', 'GAP']), 0],
    ['ConditionMet_False_Multiple: EDU, EDU, GAP', on('2020-09-01', ['EDU', 'EDU', 'GAP']), 0],
    ['Validate_Errors: GAP GAP | GAP GAP EDU EMP', twoDates(['GAP', 'GAP'], ['GAP', 'GAP', 'EDU', 'EMP']), 2],
    ['Validate_Errors: GAP GAP | GAP GAP EDU EDU', twoDates(['GAP', 'GAP'], ['GAP', 'GAP', 'EDU', 'EDU']), 2],
    ['Validate_Errors: GAP GAP | GAP GAP EMP EMP', twoDates(['GAP', 'GAP'], ['GAP', 'GAP', 'EMP', 'EMP']), 2],
    ['Validate_NoErrors: GAP EDU | GAP EDU EMP', twoDates(['GAP', 'EDU'], ['GAP', 'EDU', 'EMP']), 0],
    ['Validate_NoErrors: GAP EDU | GAP EDU EDU', twoDates(['GAP', 'EDU'], ['GAP', 'EDU', 'EDU']), 0],
    ['Validate_NoErrors: GAP EMP | GAP EMP OTH', twoDates(['GAP', 'EMP'], ['GAP', 'EMP', 'OTH']), 0],
  ])('%s', (_n, outcomes, expected) => {
    expect(findingsOf(OutType_02, '2021', dpSpec(outcomes))).toHaveLength(expected);
  });
});
