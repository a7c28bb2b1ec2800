import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { AchDate_09 } from './AchDate_09';

describe('AchDate_09: no Achievement date on aims started after 31 July 2015 other than standards and bootcamps', () => {
  it.each([
    ['FE aim with AchDate', { AchDate: '2026-06-20' }, 1],
    ['FE aim without AchDate', { AchDate: null }, 0],
    ['started on 2015-07-31', { LearnStartDate: '2015-07-31', AchDate: '2016-06-20' }, 0],
    ['started on 2015-08-01', { LearnStartDate: '2015-08-01', AchDate: '2016-06-20' }, 1],
    ['apprenticeship standard FM36 excluded', { FundModel: 36, ProgType: 25, AchDate: '2026-06-20' }, 0],
    ['trailblazer FM81 excluded', { FundModel: 81, ProgType: 25, AchDate: '2026-06-20' }, 0],
    ['Skills Bootcamp excluded', { FundModel: 37, ProgType: 32, AchDate: '2026-06-20' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AchDate_09, fields)).toHaveLength(n));
});

describe('2020-21 variant: only programme aims of traineeships and standards are excluded; no bootcamp exclusion', () => {
  it.each([
    ['2526', 'standard component aim (AimType 3, FM36, PT25) excluded in 2025-26', { AimType: 3, FundModel: 36, ProgType: 25 }, 0],
    ['2021', 'standard component aim (AimType 3, FM36, PT25) fires in 2020-21', { AimType: 3, FundModel: 36, ProgType: 25 }, 1],
    ['2021', 'standard programme aim (AimType 1, FM36, PT25) excluded', { AimType: 1, FundModel: 36, ProgType: 25 }, 0],
    ['2021', 'trailblazer programme aim (AimType 1, FM81, PT25) excluded', { AimType: 1, FundModel: 81, ProgType: 25 }, 0],
    ['2526', 'traineeship programme aim (AimType 1, PT24) fires in 2025-26', { AimType: 1, FundModel: 35, ProgType: 24 }, 1],
    ['2021', 'traineeship programme aim (AimType 1, PT24) excluded in 2020-21', { AimType: 1, FundModel: 35, ProgType: 24 }, 0],
    ['2021', 'traineeship component aim (AimType 3, PT24) fires', { AimType: 3, FundModel: 35, ProgType: 24 }, 1],
    ['2021', 'FM37/PT32 (bootcamp codes) fires in 2020-21', { AimType: 1, FundModel: 37, ProgType: 32 }, 1],
  ])('year %s: %s', (y, _n, fields, n) =>
    expect(yearFindings(AchDate_09, y, { ...fields, AchDate: y === '2021' ? '2021-06-20' : '2026-06-20' })).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_09RuleTests. A test of one condition is a whole aim meeting the others (the values of ConditionMet_True:
  // AchDate 2017-01-01, started 2017-01-01, AimType 1, ProgType 1, FundModel 1). Left out: ConditionMet_False_AchDate,
  // _LearnStartDate and _Apprenticeship, whose mocked conditions contradict their inputs.
  const met = { AchDate: '2017-01-01', LearnStartDate: '2017-01-01', AimType: 1, ProgType: 1, FundModel: 1 };
  it.each([
    ['ConditionMet_True, ApprenticeshipConditionMet_True_ProgType (1, 1, 1)', met, 1],
    ['AchDateConditionMet_False (null)', { ...met, AchDate: null }, 0],
    ['LearnStartDateConditionMet_True (2016-01-01)', { ...met, LearnStartDate: '2016-01-01' }, 1],
    ['LearnStartDateConditionMet_False (2014-01-01)', { ...met, LearnStartDate: '2014-01-01' }, 0],
    ['ApprenticeshipConditionMet_True_AimType (2, 1, 1)', { ...met, AimType: 2 }, 1],
    ['ApprenticeshipConditionMet_True_FundModel (1, 25, 1)', { ...met, ProgType: 25 }, 1],
    ['ApprenticeshipConditionMet_False_Traineeship (1, 24, 1)', { ...met, ProgType: 24 }, 0],
    ['ApprenticeshipConditionMet_False_Trailblazer (1, 25, 81)', { ...met, ProgType: 25, FundModel: 81 }, 0],
    ['ApprenticeshipConditionMet_False_AsFundModelEquals36 (1, 25, 36)', { ...met, ProgType: 25, FundModel: 36 }, 0],
    ['Validate_Error', { AchDate: '2019-01-01', LearnStartDate: '2016-01-01' }, 1],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_09, fields)).toHaveLength(n));
});
