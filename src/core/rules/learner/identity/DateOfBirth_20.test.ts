import { DateOfBirth_20 } from './DateOfBirth_20';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const AUG31 = '2025-08-31';

describe('DateOfBirth_20: under 19 on 31 August, 16-19 funded aim, SOF must be 107', () => {
  it.each([
    ['FundModel 25, SOF 105, 19th birthday on 1 September', bornYearsBefore(AUG31, 19, 1), 25, {}, [['SOF', '105']], 1],
    ['FundModel 82', bornYearsBefore(AUG31, 19, 1), 82, {}, [['SOF', '105']], 1],
    ['traineeship (ProgType 24) counts in 2025-26', bornYearsBefore(AUG31, 19, 1), 25, { ProgType: 24 }, [['SOF', '105']], 1],
    ['19th birthday on 31 August', bornYearsBefore(AUG31, 19), 25, {}, [['SOF', '105']], 0],
    ['19th birthday on 30 August', bornYearsBefore(AUG31, 19, -1), 25, {}, [['SOF', '105']], 0],
    ['SOF 107', bornYearsBefore(AUG31, 17), 25, {}, [['SOF', '107']], 0],
    ['no SOF', bornYearsBefore(AUG31, 17), 25, {}, [], 0],
    ['FundModel 35', bornYearsBefore(AUG31, 17), 35, {}, [['SOF', '105']], 0],
    ['no DateOfBirth', null, 25, {}, [['SOF', '105']], 0],
  ] as [string, string | null, number, Record<string, number>, [string, string][], number][])('%s', (_n, dob, fm, extra, fams, n) => {
    const f = learnerFindings(DateOfBirth_20, { DateOfBirth: dob }, [aim({ FundModel: fm, ...extra }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', value: '105' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_20RuleTests, ConditionMet_True / ConditionMet_False: born 2000-01-01 (18 on 31 August; the 2020-21
  // cases use 2002-01-01, 18 on 31 August 2020), SOF 108 with a second FAM; excluded for ProgType 24, FundModel 70,
  // age 28, no date of birth, or an SOF 107.
  const dob18 = '2002-01-01';
  it.each([
    ['ConditionMet_True (ProgType 1, FundModel 82, SOF 108 and LDM 300)', dob18, { ProgType: 1, FundModel: 82 }, [['SOF', '108'], ['LDM', '300']], 1],
    ['ConditionMet_False (ProgType 24)', dob18, { ProgType: 24, FundModel: 82 }, [['SOF', '108'], ['SOF', '109']], 0],
    ['ConditionMet_False (FundModel 70)', dob18, { ProgType: 1, FundModel: 70 }, [['SOF', '108'], ['SOF', '109']], 0],
    ['ConditionMet_False (aged 28)', '1992-01-01', { ProgType: 1, FundModel: 82 }, [['SOF', '108'], ['SOF', '109']], 0],
    ['ConditionMet_False (no date of birth)', null, { ProgType: 1, FundModel: 82 }, [['SOF', '108'], ['SOF', '109']], 0],
    ['ConditionMet_False (LDM 347 and SOF 107)', dob18, { ProgType: 1, FundModel: 82 }, [['LDM', '347'], ['SOF', '107']], 0],
    ['ConditionMet_False (no SOF: LDM 108 and LDM 107)', dob18, { ProgType: 1, FundModel: 82 }, [['LDM', '108'], ['LDM', '107']], 0],
  ] as [string, string | null, Record<string, number>, [string, string][], number][])('%s', (_n, dob, fields, fams, n) => {
    expect(learnerFindings(DateOfBirth_20, { DateOfBirth: dob }, [aim(fields, fams, '2021')], { year: '2021' })).toHaveLength(n);
  });
});
