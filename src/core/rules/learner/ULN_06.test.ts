import type { RecordSpec } from '../../model/build';
import { addDays } from '../../model/dates';
import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_06 } from './ULN_06';

// file prepared 2026-02-01; an aim starting 2026-01-15 began 17 days before it
const recent = { LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-06-30' };

describe('ULN_06: temporary ULN, funded aim of 5+ days started 60 days or less before the file preparation date', () => {
  it.each([
    ['funded aim, 17 days in', TEMP, [aim({ ...recent })], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [aim({ ...recent })], '2026-02-01', 0],
    ['file prepared before 1 January', TEMP, [aim({ LearnStartDate: '2025-11-15', LearnPlanEndDate: '2026-06-30' })], '2025-12-31', 0],
    ['exactly 60 days (boundary: fires)', TEMP, [aim({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 1],
    ['61 days (ULN_07 territory)', TEMP, [aim({ LearnStartDate: '2025-12-02', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['planned 4 days, no actual end', TEMP, [aim({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-19' })], '2026-02-01', 0],
    ['planned 4 days but actual 5 days', TEMP, [aim({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-19', LearnActEndDate: '2026-01-20' })], '2026-02-01', 1],
    ['planned exactly 5 days (boundary: fires)', TEMP, [aim({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-20' })], '2026-02-01', 1],
    ['FundModel 99 with ADL 1', TEMP, [aim({ ...recent, FundModel: 99 }, [['ADL', '1']])], '2026-02-01', 1],
    ['FundModel 99 without ADL', TEMP, [aim({ ...recent, FundModel: 99 })], '2026-02-01', 0],
    ['FundModel 70 is not in the 2025-26 list', TEMP, [aim({ ...recent, FundModel: 70 })], '2026-02-01', 0],
    ['OLASS (LDM 034) excluded', TEMP, [aim({ ...recent }, [['LDM', '034']])], '2026-02-01', 0],
    ['LDM typed as 34 is still OLASS', TEMP, [aim({ ...recent }, [['LDM', '34']])], '2026-02-01', 0],
    ['levy apprenticeship (ACT 1) excluded', TEMP, [aim({ ...recent, FundModel: 36 }, [['ACT', '1']])], '2026-02-01', 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    const f = findingsOf(ULN_06, '2526', ulnSpec(uln, aims, fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'warning', field: 'ULN' });
  });

  it('2020-21 follows ESFA: FundModel 70 counts', () => {
    const spec = ulnSpec(TEMP, [aim({ FundModel: 70, LearnStartDate: '2021-01-15', LearnPlanEndDate: '2021-06-30' })], '2021-02-01');
    expect(findingsOf(ULN_06, '2021', spec)).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2021-02-01';
  const START = '2021-01-15'; // 17 days before the file preparation date
  const a = (fields: RecordSpec = {}, fams: [string, string][] = []) => aim21({ FundModel: 35, LearnStartDate: START, ...fields }, fams);
  const planned = (days: number) => a({ LearnPlanEndDate: addDays(START, days) });
  const actual = (days: number) => a({ LearnPlanEndDate: addDays(START, 2), LearnActEndDate: addDays(START, days) });
  const since = (days: number) => a({ LearnStartDate: addDays(FPD, -days), LearnPlanEndDate: '2021-06-30' });
  const adl = (fields: RecordSpec = {}) => a({ FundModel: 99, ...fields }, [['ADL', '1']]);
  it.each<UlnCase>([
    ['IsOutsideQualifyingPeriod: prepared 2 January (false)', TEMP, [a({ LearnStartDate: '2020-12-01' })], '2021-01-02', 1],
    ['IsOutsideQualifyingPeriod: prepared 1 January (false)', TEMP, [a({ LearnStartDate: '2020-12-01' })], '2021-01-01', 1],
    ['IsOutsideQualifyingPeriod: prepared 31 December (true)', TEMP, [a({ LearnStartDate: '2020-12-01' })], '2020-12-31', 0],
    ['IsValidULN: 12345', '12345', [a()], FPD, 0],
    ['IsValidULN: 1234', '1234', [a()], FPD, 0],
    ['IsValidULN: the temporary ULN', TEMP, [a()], FPD, 1],
    ['IsLearnerInCustody: false', TEMP, [a()], FPD, 1],
    ['IsLearnerInCustody: true (LDM 034)', TEMP, [a({}, [['LDM', '034']])], FPD, 0],
    ['HasQualifyingModel: 25', TEMP, [a({ FundModel: 25 })], FPD, 1],
    ['HasQualifyingModel: 35', TEMP, [a({ FundModel: 35 })], FPD, 1],
    ['HasQualifyingModel: 36', TEMP, [a({ FundModel: 36 })], FPD, 1],
    ['HasQualifyingModel: 70', TEMP, [a({ FundModel: 70 })], FPD, 1],
    ['HasQualifyingModel: 81', TEMP, [a({ FundModel: 81 })], FPD, 1],
    ['HasQualifyingModel: 82', TEMP, [a({ FundModel: 82 })], FPD, 1],
    ['HasQualifyingModel: 99 (without ADL)', TEMP, [a({ FundModel: 99 })], FPD, 0],
    ['HasQualifyingModel: 1', TEMP, [a({ FundModel: 1 })], FPD, 0],
    ['IsNotFundedByESFA: 99 (with ADL 1)', TEMP, [adl()], FPD, 1],
    ['IsNotFundedByESFA: 35 (qualifies by its model)', TEMP, [a({ FundModel: 35 })], FPD, 1],
    ['HasAdvancedLearnerLoan: true', TEMP, [adl()], FPD, 1],
    ['HasAdvancedLearnerLoan: false', TEMP, [a({ FundModel: 99 })], FPD, 0],
    ['HasQualifyingPlannedDuration: 1 day', TEMP, [planned(1)], FPD, 0],
    ['HasQualifyingPlannedDuration: 2 days', TEMP, [planned(2)], FPD, 0],
    ['HasQualifyingPlannedDuration: 3 days', TEMP, [planned(3)], FPD, 0],
    ['HasQualifyingPlannedDuration: 4 days', TEMP, [planned(4)], FPD, 0],
    ['HasQualifyingPlannedDuration: 5 days', TEMP, [planned(5)], FPD, 1],
    ['HasQualifyingPlannedDuration: 6 days', TEMP, [planned(6)], FPD, 1],
    ['HasActualEndDate: true (a short plan, 10 days actual)', TEMP, [actual(10)], FPD, 1],
    ['HasActualEndDate: false (a short plan, no actual end)', TEMP, [a({ LearnPlanEndDate: addDays(START, 2) })], FPD, 0],
    ['HasQualifyingActualDuration: 1 day', TEMP, [actual(1)], FPD, 0],
    ['HasQualifyingActualDuration: 2 days', TEMP, [actual(2)], FPD, 0],
    ['HasQualifyingActualDuration: 3 days', TEMP, [actual(3)], FPD, 0],
    ['HasQualifyingActualDuration: 4 days', TEMP, [actual(4)], FPD, 0],
    ['HasQualifyingActualDuration: 5 days', TEMP, [actual(5)], FPD, 1],
    ['HasQualifyingActualDuration: 6 days', TEMP, [actual(6)], FPD, 1],
    ['IsInsideLeniencyPeriod: 59 days', TEMP, [since(59)], FPD, 1],
    ['IsInsideLeniencyPeriod: 60 days', TEMP, [since(60)], FPD, 1],
    ['IsInsideLeniencyPeriod: 61 days', TEMP, [since(61)], FPD, 0],
    ['InvalidItemRaisesValidationMessage: FundModel 99 ADL 1, planned 4, actual 5, 60 days in', TEMP, [adl({ LearnStartDate: addDays(FPD, -60), LearnPlanEndDate: addDays(FPD, -56), LearnActEndDate: addDays(FPD, -55) })], FPD, 1],
    ['ValidItemDoesNotRaiseValidationMessage: the same, 61 days in', TEMP, [adl({ LearnStartDate: addDays(FPD, -61), LearnPlanEndDate: addDays(FPD, -57), LearnActEndDate: addDays(FPD, -56) })], FPD, 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_06, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
