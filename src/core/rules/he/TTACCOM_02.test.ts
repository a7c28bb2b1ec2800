import { heFindings } from './he-testing';
import { TTACCOM_02 } from './TTACCOM_02';

// No TTACCOM code of the shipped lists is end-dated: the tests give code 1 a validity of 2013-08-01 to 2020-07-31.
jest.mock('../../codes', () => {
  const actual = jest.requireActual<typeof import('../../codes')>('../../codes');
  return {
    ...actual,
    codeEntry: (year: string, field: string, code: string | number, type?: string | null) =>
      (field === 'TTACCOM' || field === 'TTAccom') && String(code).trim() === '1'
        ? { code: '1', description: 'Institution-maintained property', validFrom: '2013-08-01', validTo: '2020-07-31' }
        : actual.codeEntry(year, field, code, type),
  };
});

const learner = (ttaccom: string | null, ...starts: string[]) => ({
  learner: { LearnerHE: [ttaccom === null ? {} : { TTACCOM: ttaccom }] },
  aim: { LearnStartDate: starts[0] },
  more: starts.slice(1).map((s, i) => ({ LearnAimRef: 'Z0001234', AimSeqNumber: i + 2, LearnStartDate: s, FundModel: 99 })),
});

describe("TTACCOM_02: the earliest start date must not be after the code's valid-to date", () => {
  it.each<[string, string | null, string[], number]>([
    ['code 1 (valid to 2020-07-31), earliest start 2020-07-31 (boundary)', '1', ['2025-09-01', '2020-07-31'], 0],
    ['code 1, earliest start 2020-08-01', '1', ['2020-08-01', '2025-09-01'], 1],
    ['code 1, earliest start 2025-09-01', '1', ['2025-09-01'], 1],
    ['code 2 (open-ended)', '2', ['2025-09-01'], 0],
    ["code 3 (unknown: TTACCOM_01's)", '3', ['2025-09-01'], 0],
    ['no TTACCOM', null, ['2025-09-01'], 0],
    ['code 1 before its valid-from date: not this rule in 2025-26', '1', ['2012-09-01'], 0],
  ])('%s', (_n, value, starts, n) => {
    const f = heFindings(TTACCOM_02, '2526', learner(value, ...starts));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'TTACCOM_02', entity: 'LearnerHE', field: 'TTACCOM', value: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, string[], number]>([
    ['ConditionMet: 1, in the lookup and current on 2013-08-01', '1', ['2013-08-01'], 0],
    ['ConditionMet: 1, not current on 2013-06-14 (before its valid-from date)', '1', ['2013-06-14'], 1],
    ['ConditionMet: 1, not current on 2020-08-01', '1', ['2020-08-01'], 1],
    ['ConditionMet: 3, not in the lookup (TTACCOM_01\'s)', '3', ['2012-06-18'], 0],
  ])('%s', (_n, value, starts, n) => {
    expect(heFindings(TTACCOM_02, '2021', learner(value, ...starts))).toHaveLength(n);
  });
});
