import { DateOfBirth_02 } from './DateOfBirth_02';
import { aim, learnerFindings } from './identity-testing';

describe('DateOfBirth_02: the DateOfBirth should be returned for community learning, non-funded and tailored learning aims', () => {
  it.each([
    ['FundModel 10, no DateOfBirth', null, [aim({ FundModel: 10 })], 1],
    ['FundModel 99', null, [aim({ FundModel: 99 })], 1],
    ['FundModel 11', null, [aim({ FundModel: 11 })], 1],
    ['FundModel 35 (DateOfBirth_01\'s)', null, [aim()], 0],
    ['DateOfBirth returned', '2000-01-01', [aim({ FundModel: 99 })], 0],
    ['Advanced Learner Loan aim (ADL) excluded', null, [aim({ FundModel: 99 }, [['ADL', '1']])], 0],
    ['two aims: one finding', null, [aim({ FundModel: 99 }), aim({ AimSeqNumber: 2, FundModel: 10 })], 1],
  ])('%s', (_n, dob, aims, n) => {
    const f = learnerFindings(DateOfBirth_02, { DateOfBirth: dob }, aims);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', field: 'DateOfBirth' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_02RuleTests: ConditionMet_True for FundModel 10 and 99; False for another fund model, a date of birth,
  // or an ADL FAM. FundModel 11 did not exist.
  it.each([
    ['ConditionMet_True (10)', null, 10, [], 1],
    ['ConditionMet_True (99)', null, 99, [], 1],
    ['ConditionMet_False_FundModel (35)', null, 35, [], 0],
    ['ConditionMet_False_DateOfBirth', '1988-12-25', 10, [], 0],
    ['ConditionMet_False_FAMType (ADL)', null, 99, [['ADL', '1']], 0],
    ['FundModel 11 is not counted', null, 11, [], 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    expect(learnerFindings(DateOfBirth_02, { DateOfBirth: dob }, [aim({ FundModel: fm }, fams, '2021')], { year: '2021' })).toHaveLength(n);
  });
});
