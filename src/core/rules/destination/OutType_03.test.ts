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

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const on = (date: string, types: string[]) => types.map((t) => out({ OutType: t, OutCode: 1, OutStartDate: date }));
  const twoDates = (a: string[], b: string[]) => [...on('2020-08-01', a), ...on('2020-09-01', b)];
  it.each<[string, ReturnType<typeof out>[], number]>([
    ['ConditionMet_True: EDU, EDU, EDU', on('2020-09-01', ['EDU', 'EDU', 'EDU']), 1],
    ['ConditionMet_True_Multiple: GAP, GAP, EDU, EDU, EDU, EMP, EMP', on('2020-09-01', ['GAP', 'GAP', 'EDU', 'EDU', 'EDU', 'EMP', 'EMP']), 1],
    ['ConditionMet_False: EDU, GAP', on('2020-09-01', ['EDU', 'GAP']), 0],
    ['ConditionMet_False_Multiple: EDU, EDU, GAP', on('2020-09-01', ['EDU', 'EDU', 'GAP']), 0],
    ['Validate_Errors: EMP EDU | EMP EDU EDU EDU', twoDates(['EMP', 'EDU'], ['EMP', 'EDU', 'EDU', 'EDU']), 1],
    ['Validate_Errors: GAP EDU | GAP EDU EDU EDU', twoDates(['GAP', 'EDU'], ['GAP', 'EDU', 'EDU', 'EDU']), 1],
    ['Validate_NoErrors: GAP EDU | GAP EDU EMP', twoDates(['GAP', 'EDU'], ['GAP', 'EDU', 'EMP']), 0],
    ['Validate_NoErrors: GAP EDU | GAP EDU EDU', twoDates(['GAP', 'EDU'], ['GAP', 'EDU', 'EDU']), 0],
    ['Validate_NoErrors: GAP EMP | GAP EMP OTH', twoDates(['GAP', 'EMP'], ['GAP', 'EMP', 'OTH']), 0],
  ])('%s', (_n, outcomes, expected) => {
    expect(findingsOf(OutType_03, '2021', dpSpec(outcomes))).toHaveLength(expected);
  });
});
