import type { RecordSpec } from '../../model/build';
import { addDays } from '../../model/dates';
import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_11 } from './ULN_11';

const ofs = (fields: Record<string, string | number>, extra: [string, string][] = []) => aim({ FundModel: 99, ...fields }, [['SOF', '1'], ...extra]);
const old = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30' };

describe('ULN_11: temporary ULN, OfS-funded aim of 5+ days started more than 60 days before the file preparation date', () => {
  it.each([
    ['OfS aim 153 days in', TEMP, [ofs(old)], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [ofs(old)], '2026-02-01', 0],
    ['before 1 January', TEMP, [ofs(old)], '2025-12-31', 0],
    ['exactly 60 days (boundary: does not fire)', TEMP, [ofs({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['planned 4 days but actual 10 days: 2025-26 "planned or actual"', TEMP, [ofs({ LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-05', LearnActEndDate: '2025-09-11' })], '2026-02-01', 1],
    ['OLASS aim excluded', TEMP, [ofs(old, [['LDM', '034']])], '2026-02-01', 0],
    ['OLASS on another aim does not exclude this one in 2025-26', TEMP, [ofs(old), aim({ AimSeqNumber: 2, ...old }, [['LDM', '034']])], '2026-02-01', 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    const f = findingsOf(ULN_11, '2526', ulnSpec(uln, aims, fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error' });
  });

  it('2020-21 follows ESFA: any OLASS aim excludes the learner; a short actual duration makes the aim short', () => {
    const y = { LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };
    expect(findingsOf(ULN_11, '2021', ulnSpec(TEMP, [ofs(y)], '2021-02-01'))).toHaveLength(1);
    expect(findingsOf(ULN_11, '2021', ulnSpec(TEMP, [ofs(y), aim({ AimSeqNumber: 2, ...y }, [['LDM', '034']])], '2021-02-01'))).toHaveLength(0);
    expect(findingsOf(ULN_11, '2021', ulnSpec(TEMP, [ofs({ ...y, LearnActEndDate: '2020-09-03' })], '2021-02-01'))).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2021-04-02';
  const a = (fields: RecordSpec = {}, fams: [string, string][] = [['SOF', '1']]) => aim21({ FundModel: 99, LearnStartDate: '2020-09-01', ...fields }, fams);
  const other = (type: string, code: string) => aim21({ AimSeqNumber: 2, FundModel: 35 }, [[type, code]]);
  const planned = (start: string, end: string) => a({ LearnStartDate: start, LearnPlanEndDate: end });
  const actual = (start: string, end: string) => a({ LearnStartDate: start, LearnPlanEndDate: addDays(start, 365), LearnActEndDate: end });
  const since = (days: number) => a({ LearnStartDate: addDays('2021-02-01', -days), LearnPlanEndDate: '2021-06-30' });
  it.each<UlnCase>([
    ['IsExternallyFunded: FundModel 35', TEMP, [a({ FundModel: 35 })], FPD, 0],
    ['IsExternallyFunded: FundModel 25', TEMP, [a({ FundModel: 25 })], FPD, 0],
    ['IsExternallyFunded: FundModel 36', TEMP, [a({ FundModel: 36 })], FPD, 0],
    ['IsExternallyFunded: FundModel 10', TEMP, [a({ FundModel: 10 })], FPD, 0],
    ['IsExternallyFunded: FundModel 70', TEMP, [a({ FundModel: 70 })], FPD, 0],
    ['IsExternallyFunded: FundModel 99', TEMP, [a()], FPD, 1],
    ['IsExternallyFunded: FundModel 82', TEMP, [a({ FundModel: 82 })], FPD, 0],
    ['IsExternallyFunded: FundModel 81', TEMP, [a({ FundModel: 81 })], FPD, 0],
    ['IsHEFCEFunded: SOF 1', TEMP, [a()], FPD, 1],
    ['IsHEFCEFunded: LDM 034', TEMP, [a({}, [['LDM', '034']])], FPD, 0],
    ['IsHEFCEFunded: FFI 1', TEMP, [a({}, [['FFI', '1']])], FPD, 0],
    ['IsHEFCEFunded: LDM 363', TEMP, [a({}, [['LDM', '363']])], FPD, 0],
    ['IsHEFCEFunded: LDM 318', TEMP, [a({}, [['LDM', '318']])], FPD, 0],
    ['IsHEFCEFunded: LDM 328', TEMP, [a({}, [['LDM', '328']])], FPD, 0],
    ['IsHEFCEFunded: LDM 347', TEMP, [a({}, [['LDM', '347']])], FPD, 0],
    ['IsPlannedShortCourse: 15 to 18 June 2015 (short)', TEMP, [planned('2015-06-15', '2015-06-18')], FPD, 0],
    ['IsPlannedShortCourse: 15 to 19 June 2015 (short)', TEMP, [planned('2015-06-15', '2015-06-19')], FPD, 0],
    ['IsPlannedShortCourse: 15 to 20 June 2015', TEMP, [planned('2015-06-15', '2015-06-20')], FPD, 1],
    ['IsPlannedShortCourse: 15 to 21 June 2015', TEMP, [planned('2015-06-15', '2015-06-21')], FPD, 1],
    ['IsPlannedShortCourse: 14 to 20 September 2016', TEMP, [planned('2016-09-14', '2016-09-20')], FPD, 1],
    ['IsPlannedShortCourse: 15 to 20 September 2016', TEMP, [planned('2016-09-15', '2016-09-20')], FPD, 1],
    ['IsPlannedShortCourse: 16 to 20 September 2016 (short)', TEMP, [planned('2016-09-16', '2016-09-20')], FPD, 0],
    ['IsPlannedShortCourse: 17 to 20 September 2016 (short)', TEMP, [planned('2016-09-17', '2016-09-20')], FPD, 0],
    ['IsCompletedShortCourse: no actual end', TEMP, [a({ LearnStartDate: '2015-06-15', LearnPlanEndDate: '2016-06-15' })], FPD, 1],
    ['IsCompletedShortCourse: 15 to 18 June 2015 (short)', TEMP, [actual('2015-06-15', '2015-06-18')], FPD, 0],
    ['IsCompletedShortCourse: 15 to 19 June 2015 (short)', TEMP, [actual('2015-06-15', '2015-06-19')], FPD, 0],
    ['IsCompletedShortCourse: 15 to 20 June 2015', TEMP, [actual('2015-06-15', '2015-06-20')], FPD, 1],
    ['IsCompletedShortCourse: 15 to 21 June 2015', TEMP, [actual('2015-06-15', '2015-06-21')], FPD, 1],
    ['IsCompletedShortCourse: 14 to 20 September 2016', TEMP, [actual('2016-09-14', '2016-09-20')], FPD, 1],
    ['IsCompletedShortCourse: 15 to 20 September 2016', TEMP, [actual('2016-09-15', '2016-09-20')], FPD, 1],
    ['IsCompletedShortCourse: 16 to 20 September 2016 (short)', TEMP, [actual('2016-09-16', '2016-09-20')], FPD, 0],
    ['IsCompletedShortCourse: 17 to 20 September 2016 (short)', TEMP, [actual('2016-09-17', '2016-09-20')], FPD, 0],
    ['HasExceedRegistrationPeriod: 59 days', TEMP, [since(59)], '2021-02-01', 0],
    ['HasExceedRegistrationPeriod: 60 days', TEMP, [since(60)], '2021-02-01', 0],
    ['HasExceedRegistrationPeriod: 61 days', TEMP, [since(61)], '2021-02-01', 1],
    ['HasExceedRegistrationPeriod: 62 days', TEMP, [since(62)], '2021-02-01', 1],
    ['HasExceedRegistrationPeriod: 62 days (2016 dates)', TEMP, [since(62)], '2021-02-01', 1],
    ['HasExceedRegistrationPeriod: 61 days (2016 dates)', TEMP, [since(61)], '2021-02-01', 1],
    ['HasExceedRegistrationPeriod: 60 days (2016 dates)', TEMP, [since(60)], '2021-02-01', 0],
    ['HasExceedRegistrationPeriod: 59 days (2016 dates)', TEMP, [since(59)], '2021-02-01', 0],
    ['IsInsideGeneralRegistrationThreshold: prepared the day before 1 January', TEMP, [a()], '2020-12-31', 0],
    ['IsInsideGeneralRegistrationThreshold: prepared on 1 January', TEMP, [a()], '2021-01-01', 1],
    ['IsInsideGeneralRegistrationThreshold: prepared the day before 1 January (2016 dates)', TEMP, [a()], '2020-12-31', 0],
    ['IsInsideGeneralRegistrationThreshold: prepared on 1 January (2016 dates)', TEMP, [a()], '2021-01-01', 1],
    ['IsRegisteredLearner: ULN 1', '1', [a()], FPD, 0],
    ['IsRegisteredLearner: ULN 2345', '2345', [a()], FPD, 0],
    ['IsRegisteredLearner: ULN 654321', '654321', [a()], FPD, 0],
    ['IsRegisteredLearner: the temporary ULN', TEMP, [a()], FPD, 1],
    ['IsLearnerInCustody: SOF 1 on another aim', TEMP, [a(), other('SOF', '1')], FPD, 1],
    ['IsLearnerInCustody: LDM 034 on another aim', TEMP, [a(), other('LDM', '034')], FPD, 0],
    ['IsLearnerInCustody: FFI 1 on another aim', TEMP, [a(), other('FFI', '1')], FPD, 1],
    ['IsLearnerInCustody: LDM 363 on another aim', TEMP, [a(), other('LDM', '363')], FPD, 1],
    ['IsLearnerInCustody: LDM 318 on another aim', TEMP, [a(), other('LDM', '318')], FPD, 1],
    ['IsLearnerInCustody: LDM 328 on another aim', TEMP, [a(), other('LDM', '328')], FPD, 1],
    ['IsLearnerInCustody: LDM 347 on another aim', TEMP, [a(), other('LDM', '347')], FPD, 1],
    ['InvalidItemRaisesValidationMessage: started 90 days before, planned 31 days', TEMP, [a({ LearnStartDate: '2021-01-02', LearnPlanEndDate: '2021-02-02' })], '2021-04-02', 1],
    ['ValidItemDoesNotRaiseValidationMessage: starts 59 days after the file preparation date', TEMP, [a({ LearnStartDate: '2021-03-02', LearnPlanEndDate: '2021-05-02' })], '2021-01-02', 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_11, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
