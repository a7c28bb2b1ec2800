import { heFindings } from './he-testing';
import { MSTUFEE_02 } from './MSTUFEE_02';

describe("MSTUFEE_02: the start date must not be after the code's valid-to date", () => {
  it.each<[string, string, string, number]>([
    ['33 (valid to 2018-07-31), start 2018-07-31 (boundary)', '33', '2018-07-31', 0],
    ['33, start 2018-08-01', '33', '2018-08-01', 1],
    ['33, start 2025-09-01', '33', '2025-09-01', 1],
    ['99 (open-ended)', '99', '2025-09-01', 0],
    ["50 (unknown: MSTUFEE_01's)", '50', '2025-09-01', 0],
  ])('%s', (_n, value, start, n) => {
    const f = heFindings(MSTUFEE_02, '2526', { he: { MSTUFEE: value }, aim: { LearnStartDate: start } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_02', entity: 'LearningDeliveryHE', field: 'MSTUFEE', value, aimSeqNumber: '1' });
  });

  it('no HE record, nothing to check', () => {
    expect(heFindings(MSTUFEE_02, '2526', { he: null })).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, string, number]>([
    ['ConditionMet: 1 current on 2019-01-01', '1', '2019-01-01', 0],
    ['ConditionMet: 2 current on 2018-07-01', '2', '2018-07-01', 0],
    ['33 not current on 2018-08-01 (after its valid-to date)', '33', '2018-08-01', 1],
    ['33 current on 2018-07-31', '33', '2018-07-31', 0],
    ['50 not in the lookup: not current, reported', '50', '2020-09-01', 1],
  ])('%s', (_n, value, start, n) => {
    expect(heFindings(MSTUFEE_02, '2021', { he: { MSTUFEE: value }, aim: { LearnStartDate: start } })).toHaveLength(n);
  });
});
