import { DateOfBirth_30 } from './DateOfBirth_30';
import { aim, bornYearsBefore, type Fams, learnerFindings } from './identity-testing';

const AUG31 = '2025-08-31';
const age20 = bornYearsBefore(AUG31, 20);
const EHC: Fams = [['EHC', 1]];
const SOF105: [string, string][] = [['SOF', '105']];

describe('DateOfBirth_30: 19 to 24 on 31 August with an EHC plan: agency-funded aims must have SOF 107', () => {
  it.each([
    ['FundModel 35, SOF 105, aged 20', age20, { FundModel: 35 }, SOF105, EHC, 1],
    ['FundModel 25', age20, { FundModel: 25 }, SOF105, EHC, 1],
    ['FundModel 82', age20, { FundModel: 82 }, SOF105, EHC, 1],
    ['FundModel 38', age20, { FundModel: 38 }, SOF105, EHC, 1],
    ['FundModel 81', age20, { FundModel: 81 }, SOF105, EHC, 1],
    ['FundModel 36', age20, { FundModel: 36 }, SOF105, EHC, 0],
    ['19th birthday on 31 August', bornYearsBefore(AUG31, 19), { FundModel: 35 }, SOF105, EHC, 1],
    ['19th birthday on 30 August', bornYearsBefore(AUG31, 19, -1), { FundModel: 35 }, SOF105, EHC, 1],
    ['19th birthday on 1 September (18)', bornYearsBefore(AUG31, 19, 1), { FundModel: 35 }, SOF105, EHC, 0],
    ['25th birthday on 1 September (24)', bornYearsBefore(AUG31, 25, 1), { FundModel: 35 }, SOF105, EHC, 1],
    ['25th birthday on 31 August (25)', bornYearsBefore(AUG31, 25), { FundModel: 35 }, SOF105, EHC, 0],
    ['25th birthday on 30 August (25)', bornYearsBefore(AUG31, 25, -1), { FundModel: 35 }, SOF105, EHC, 0],
    ['SOF 107', age20, { FundModel: 35 }, [['SOF', '107']], EHC, 0],
    ['no EHC', age20, { FundModel: 35 }, SOF105, [['HNS', 1]], 0],
    ['OLASS aim excluded', age20, { FundModel: 35 }, [['SOF', '105'], ['LDM', '034']], EHC, 0],
    ['apprenticeship (DD07 = Y) excluded', age20, { FundModel: 35, ProgType: 25 }, SOF105, EHC, 0],
    ['no DateOfBirth', null, { FundModel: 35 }, SOF105, EHC, 0],
  ] as [string, string | null, Record<string, number>, [string, string][], Fams, number][])('%s', (_n, dob, fields, fams, lfams, n) => {
    const f = learnerFindings(DateOfBirth_30, { DateOfBirth: dob }, [aim(fields, fams)], { fams: lfams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', value: '105' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_30RuleTests: born 1998-01-01, 20 on 31 August (here 2000-01-01 against 31 August 2020); FundModel 25,
  // 35, 81, 82; EHC; SOF 100 with LDM 100. FundModel 38 did not exist.
  const dob = '2000-01-01';
  it.each([
    ['ConditionMet_True (FundModel 25)', dob, 25, [['SOF', '100'], ['LDM', '100']], 1],
    ['FundModelConditionMet_True (35)', dob, 35, [['SOF', '100']], 1],
    ['FundModelConditionMet_True (81)', dob, 81, [['SOF', '100']], 1],
    ['FundModelConditionMet_True (82)', dob, 82, [['SOF', '100']], 1],
    ['FundModel 38 is not counted', dob, 38, [['SOF', '100']], 0],
    ['DateOfBirthConditionMet_False (2000-01-01 in 2018: 18)', '2002-01-01', 25, [['SOF', '100']], 0],
    ['DateOfBirthConditionMet_False (1990-01-01 in 2018: 28)', '1992-01-01', 25, [['SOF', '100']], 0],
    ['LearningDeliveryFAMConditionMet_False_SOF (no SOF)', dob, 25, [['LDM', '100']], 0],
    ['LearningDeliveryFAMConditionMet_False_SOF107', dob, 25, [['SOF', '107'], ['LDM', '100']], 0],
    ['LearningDeliveryFAMConditionMet_False_LDM034', dob, 25, [['LDM', '034'], ['SOF', '100']], 0],
  ] as [string, string, number, [string, string][], number][])('%s', (_n, d, fm, fams, n) => {
    expect(learnerFindings(DateOfBirth_30, { DateOfBirth: d }, [aim({ FundModel: fm }, fams, '2021')], { year: '2021', fams: EHC })).toHaveLength(n);
  });
});
