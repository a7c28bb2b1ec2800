import type { RecordSpec } from '../../model/build';
import { addDays } from '../../model/dates';
import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_10 } from './ULN_10';

const ofs = (fields: Record<string, string>, extra: [string, string][] = []) => aim({ FundModel: 99, ...fields }, [['SOF', '1'], ...extra]);
const recent = { LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-06-30' };

describe('ULN_10: temporary ULN, OfS-funded aim of 5+ days started 60 days or less before the file preparation date', () => {
  it.each([
    ['OfS aim 17 days in', TEMP, [ofs(recent)], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [ofs(recent)], '2026-02-01', 0],
    ['before 1 January', TEMP, [ofs({ LearnStartDate: '2025-12-01', LearnPlanEndDate: '2026-06-30' })], '2025-12-31', 0],
    ['exactly 60 days (boundary: fires)', TEMP, [ofs({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 1],
    ['61 days (ULN_11 territory)', TEMP, [ofs({ LearnStartDate: '2025-12-02', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['not OfS (no SOF 1)', TEMP, [aim({ FundModel: 99, ...recent })], '2026-02-01', 0],
    ['SOF 1 but FundModel 35', TEMP, [aim({ FundModel: 35, ...recent }, [['SOF', '1']])], '2026-02-01', 0],
    ['short aim (4 days)', TEMP, [ofs({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-19' })], '2026-02-01', 0],
    ['OLASS excluded', TEMP, [ofs(recent, [['LDM', '034']])], '2026-02-01', 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_10, '2526', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });

  it('2020-21 follows ESFA: more than 60 days', () => {
    const at = (start: string) => ulnSpec(TEMP, [ofs({ LearnStartDate: start, LearnPlanEndDate: '2021-06-30' })], '2021-02-01');
    expect(findingsOf(ULN_10, '2021', at('2020-09-01'))).toHaveLength(1);
    expect(findingsOf(ULN_10, '2021', at('2021-01-15'))).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2021-04-02';
  const START = '2020-09-01'; // more than 60 days before the file preparation date
  const a = (fields: RecordSpec = {}, fams: [string, string][] = [['SOF', '1']]) => aim21({ FundModel: 99, LearnStartDate: START, ...fields }, fams);
  const planned = (days: number) => a({ LearnPlanEndDate: addDays(START, days) });
  const actual = (days: number) => a({ LearnPlanEndDate: addDays(START, 2), LearnActEndDate: addDays(START, days) });
  const since = (days: number) => a({ LearnStartDate: addDays(FPD, -days), LearnPlanEndDate: '2021-06-30' });
  it.each<UlnCase>([
    ['IsOutsideQualifyingPeriod: prepared 2 January (false)', TEMP, [a()], '2021-01-02', 1],
    ['IsOutsideQualifyingPeriod: prepared 1 January (false)', TEMP, [a()], '2021-01-01', 1],
    ['IsOutsideQualifyingPeriod: prepared 31 December (true)', TEMP, [a()], '2020-12-31', 0],
    ['IsValidULN: 12345', '12345', [a()], FPD, 0],
    ['IsValidULN: 1234', '1234', [a()], FPD, 0],
    ['IsValidULN: the temporary ULN', TEMP, [a()], FPD, 1],
    ['IsLearnerInCustody: false', TEMP, [a()], FPD, 1],
    ['IsLearnerInCustody: true (LDM 034)', TEMP, [a({}, [['SOF', '1'], ['LDM', '034']])], FPD, 0],
    ['HasQualifyingModel: 99', TEMP, [a()], FPD, 1],
    ['HasQualifyingModel: 35', TEMP, [a({ FundModel: 35 })], FPD, 0],
    ['HasQualifyingMonitor: true (SOF 1)', TEMP, [a()], FPD, 1],
    ['HasQualifyingMonitor: false', TEMP, [a({}, [['SOF', '105']])], FPD, 0],
    ['HasQualifyingPlannedDuration: 1 day', TEMP, [planned(1)], FPD, 0],
    ['HasQualifyingPlannedDuration: 2 days', TEMP, [planned(2)], FPD, 0],
    ['HasQualifyingPlannedDuration: 3 days', TEMP, [planned(3)], FPD, 0],
    ['HasQualifyingPlannedDuration: 4 days', TEMP, [planned(4)], FPD, 0],
    ['HasQualifyingPlannedDuration: 5 days', TEMP, [planned(5)], FPD, 1],
    ['HasQualifyingPlannedDuration: 6 days', TEMP, [planned(6)], FPD, 1],
    ['HasActualEndDate: true (a short plan, 10 days actual)', TEMP, [actual(10)], FPD, 1],
    ['HasActualEndDate: false (a short plan, no actual end)', TEMP, [planned(2)], FPD, 0],
    ['HasQualifyingActualDuration: 1 day', TEMP, [actual(1)], FPD, 0],
    ['HasQualifyingActualDuration: 2 days', TEMP, [actual(2)], FPD, 0],
    ['HasQualifyingActualDuration: 3 days', TEMP, [actual(3)], FPD, 0],
    ['HasQualifyingActualDuration: 4 days', TEMP, [actual(4)], FPD, 0],
    ['HasQualifyingActualDuration: 5 days', TEMP, [actual(5)], FPD, 1],
    ['HasQualifyingActualDuration: 6 days', TEMP, [actual(6)], FPD, 1],
    ['IsOutsideLeniencyPeriod: 59 days', TEMP, [since(59)], FPD, 0],
    ['IsOutsideLeniencyPeriod: 60 days', TEMP, [since(60)], FPD, 0],
    ['IsOutsideLeniencyPeriod: 61 days', TEMP, [since(61)], FPD, 1],
    ['InvalidItemRaisesValidationMessage: planned 4, actual 5, 61 days in', TEMP, [a({ LearnStartDate: addDays(FPD, -61), LearnPlanEndDate: addDays(FPD, -57), LearnActEndDate: addDays(FPD, -56) })], FPD, 1],
    ['ValidItemDoesNotRaiseValidationMessage: the same, 60 days in', TEMP, [a({ LearnStartDate: addDays(FPD, -60), LearnPlanEndDate: addDays(FPD, -56), LearnActEndDate: addDays(FPD, -55) })], FPD, 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_10, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
