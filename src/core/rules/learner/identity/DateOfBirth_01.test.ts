import { DateOfBirth_01 } from './DateOfBirth_01';
import { aim, learnerFindings } from './identity-testing';

describe('DateOfBirth_01: the DateOfBirth must be returned for 16-19, adult skills, apprenticeship, bootcamp and ASF aims', () => {
  it.each([
    ['FundModel 35, no DateOfBirth', null, [aim()], 1],
    ['FundModel 25', null, [aim({ FundModel: 25 })], 1],
    ['FundModel 82', null, [aim({ FundModel: 82 })], 1],
    ['FundModel 36', null, [aim({ FundModel: 36 })], 1],
    ['FundModel 37', null, [aim({ FundModel: 37 })], 1],
    ['FundModel 38', null, [aim({ FundModel: 38 })], 1],
    ['FundModel 81', null, [aim({ FundModel: 81 })], 1],
    ['FundModel 70 (not in the 2025-26 list)', null, [aim({ FundModel: 70 })], 0],
    ['FundModel 99', null, [aim({ FundModel: 99 })], 0],
    ['FundModel 10', null, [aim({ FundModel: 10 })], 0],
    ['DateOfBirth returned', '2000-01-01', [aim()], 0],
    ['DateOfBirth returned but not a date (FD_DateOfBirth_DT\'s)', 'not a date', [aim()], 0],
    ['OLASS aim excluded', null, [aim({}, [['LDM', '034']])], 0],
    ['OLASS aim excluded, another FundModel 35 aim fires', null, [aim({}, [['LDM', '034']]), aim({ AimSeqNumber: 2 })], 1],
    ['two qualifying aims: one finding for the learner', null, [aim(), aim({ AimSeqNumber: 2, FundModel: 25 })], 1],
  ])('%s', (_n, dob, aims, n) => {
    const f = learnerFindings(DateOfBirth_01, { DateOfBirth: dob }, aims);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'Learner', field: 'DateOfBirth' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_01RuleTests: ConditionMet_True for FundModel 25, 35, 36, 70, 81, 82; ConditionMet_False_FundModel (1);
  // ConditionMet_False_DateOfBirth (1988-12-25); ConditionMet_False_FAMType (LDM 034).
  it.each([
    ['ConditionMet_True (25)', null, 25, [], 1],
    ['ConditionMet_True (35)', null, 35, [], 1],
    ['ConditionMet_True (36)', null, 36, [], 1],
    ['ConditionMet_True (70)', null, 70, [], 1],
    ['ConditionMet_True (81)', null, 81, [], 1],
    ['ConditionMet_True (82)', null, 82, [], 1],
    ['ConditionMet_False_FundModel (1)', null, 1, [], 0],
    ['ConditionMet_False_DateOfBirth', '1988-12-25', 25, [], 0],
    ['ConditionMet_False_FAMType (LDM 034)', null, 25, [['LDM', '034']], 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    expect(learnerFindings(DateOfBirth_01, { DateOfBirth: dob }, [aim({ FundModel: fm }, fams, '2021')], { year: '2021' })).toHaveLength(n);
  });
});
