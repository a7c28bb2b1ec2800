import { heFindings } from './he-testing';
import { QUALENT3_03 } from './QUALENT3_03';

describe("QUALENT3_03: the start date must not be after the code's valid-to date", () => {
  it.each<[string, string, string, [string, number][], number]>([
    ['P70 (valid to 2013-07-31), start 2013-07-31 (boundary)', 'P70', '2013-07-31', [['SOF', 1]], 0],
    ['P70, start 2013-08-01', 'P70', '2013-08-01', [['SOF', 1]], 1],
    ['P91 (valid to 2014-07-31), start 2025-09-01', 'P91', '2025-09-01', [['SOF', 1]], 1],
    ['P91, start 2025-09-01, restart (RES 1): excluded', 'P91', '2025-09-01', [['SOF', 1], ['RES', 1]], 0],
    ['X06 (open-ended)', 'X06', '2025-09-01', [['SOF', 1]], 0],
    ["ZZ9 (unknown: QUALENT3_02's)", 'ZZ9', '2025-09-01', [['SOF', 1]], 0],
  ])('%s', (_n, value, start, fams, n) => {
    const f = heFindings(QUALENT3_03, '2526', { he: { QUALENT3: value }, aim: { LearnStartDate: start }, fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'QUALENT3_03', entity: 'LearningDeliveryHE', field: 'QUALENT3', value, aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, string, [string, number][], number]>([
    ['ConditionMet_True: CambridgePreUDiploma31072013 (P70) on 2019-01-01', 'P70', '2019-01-01', [['SOF', 1]], 1],
    ['ConditionMet_False: P70 on 2013-01-01 (current)', 'P70', '2013-01-01', [['SOF', 1]], 0],
    ['ConditionMet_True: Q1 (not in the lookup) on 2019-01-01', 'Q1', '2019-01-01', [['SOF', 1]], 1],
    ['ConditionMet_False_RES: P70 on 2019-01-01, a restart', 'P70', '2019-01-01', [['RES', 1]], 0],
    ['Validate_NoError: Q1 on 2019-01-01, a restart with another RES code', 'Q1', '2019-01-01', [['RES', 2]], 0],
  ])('%s', (_n, value, start, fams, n) => {
    expect(heFindings(QUALENT3_03, '2021', { he: { QUALENT3: value }, aim: { LearnStartDate: start }, fams })).toHaveLength(n);
  });
});
