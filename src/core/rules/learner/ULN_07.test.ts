import type { RecordSpec } from '../../model/build';
import { addDays } from '../../model/dates';
import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_07 } from './ULN_07';

// file prepared 2026-02-01; an aim starting 2025-09-01 began 153 days before it
const old = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30' };

describe('ULN_07: temporary ULN, funded aim of 5+ days started more than 60 days before the file preparation date', () => {
  it.each([
    ['funded aim started 153 days before', TEMP, [aim({ ...old })], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [aim({ ...old })], '2026-02-01', 0],
    ['file prepared 31 December (before 1 January)', TEMP, [aim({ ...old })], '2025-12-31', 0],
    ['file prepared 1 January (boundary: fires)', TEMP, [aim({ ...old })], '2026-01-01', 1],
    ['exactly 60 days (boundary: does not fire)', TEMP, [aim({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['61 days', TEMP, [aim({ LearnStartDate: '2025-12-02', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 1],
    ['FundModel 70 counts', TEMP, [aim({ ...old, FundModel: 70 })], '2026-02-01', 1],
    ['FundModel 10 does not', TEMP, [aim({ ...old, FundModel: 10 })], '2026-02-01', 0],
    ['short aim (4 days planned and actual)', TEMP, [aim({ LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-05', LearnActEndDate: '2025-09-05' })], '2026-02-01', 0],
    ['OLASS excluded', TEMP, [aim({ ...old }, [['LDM', '034']])], '2026-02-01', 0],
    ['excluded aim first, qualifying aim second: 2025-26 skips only the excluded one', TEMP, [aim({ ...old }, [['ACT', '1']]), aim({ ...old, AimSeqNumber: 2 })], '2026-02-01', 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    const f = findingsOf(ULN_07, '2526', ulnSpec(uln, aims, fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', field: 'ULN', value: TEMP });
  });

  it('names the first qualifying aim', () => {
    const f = findingsOf(ULN_07, '2526', ulnSpec(TEMP, [aim({ ...old }, [['LDM', '034']]), aim({ ...old, AimSeqNumber: 2 })]));
    expect(f[0]!.aimSeqNumber).toBe('2');
  });

  it('2020-21 follows ESFA: an excluded aim stops the scan', () => {
    const y21 = { LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };
    const excludedFirst = ulnSpec(TEMP, [aim({ ...y21 }, [['ACT', '1']]), aim({ ...y21, AimSeqNumber: 2 })], '2021-02-01');
    const excludedLast = ulnSpec(TEMP, [aim({ ...y21 }), aim({ ...y21, AimSeqNumber: 2 }, [['ACT', '1']])], '2021-02-01');
    expect(findingsOf(ULN_07, '2021', excludedFirst)).toHaveLength(0);
    expect(findingsOf(ULN_07, '2021', excludedLast)).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2021-02-01';
  const a = (fields: RecordSpec = {}, fams: [string, string][] = []) => aim21({ FundModel: 35, LearnStartDate: '2020-09-01', ...fields }, fams);
  const since = (days: number, fpd = FPD) => a({ LearnStartDate: addDays(fpd, -days), LearnPlanEndDate: '2021-06-30' });
  const dur = (plan: number, act?: number) => a({ LearnPlanEndDate: addDays('2020-09-01', plan), ...(act === undefined ? {} : { LearnActEndDate: addDays('2020-09-01', act) }) });
  it.each<UlnCase>([
    ['UlnConditionMet_True', TEMP, [a()], FPD, 1],
    ['UlnConditionMet_False: ULN 1111111111', '1111111111', [a()], FPD, 0],
    ['FundModelConditionMet_True: FundModel 35', TEMP, [a()], FPD, 1],
    ['FundModelConditionMet_True: FundModel 99 with ADL 1', TEMP, [a({ FundModel: 99 }, [['ADL', '1']])], FPD, 1],
    ['FundModelConditionMet_False: FundModel 80', TEMP, [a({ FundModel: 80 })], FPD, 0],
    ['FundModelConditionMet_False: FundModel 80 with ADL 1', TEMP, [a({ FundModel: 80 }, [['ADL', '1']])], FPD, 0],
    ['FundModelConditionMet_False: FundModel 99 without ADL', TEMP, [a({ FundModel: 99 })], FPD, 0],
    ['FilePreparationDateConditionMet_True: 100 days in, after 1 January', TEMP, [since(100)], FPD, 1],
    ['FilePreparationDateConditionMet_False: prepared before 1 January', TEMP, [since(30, '2020-12-01')], '2020-12-01', 0],
    ['FilePreparationDateConditionMet_False: 30 days in', TEMP, [since(30)], FPD, 0],
    ['LearningDatesConditionMet_True_LearnPlanEndDate: planned 10 days', TEMP, [dur(10)], FPD, 1],
    ['LearningDatesConditionMet_True_LearnActEndDate: planned end before the start, actual 10 days', TEMP, [dur(-10, 10)], FPD, 1],
    ['LearningDatesConditionMet_False_LearnActEndDateNull: planned 0 days, no actual end', TEMP, [dur(0)], FPD, 0],
    ['LearningDatesConditionMet_False: planned 0, actual 0 days', TEMP, [dur(0, 0)], FPD, 0],
    ['LearningDatesConditionMet_False: planned 3, actual 2 days', TEMP, [dur(3, 2)], FPD, 0],
    ['LearningDeliveryFAMConditionMet_True: no LDM 034', TEMP, [a({}, [['LDM', '033']])], FPD, 1],
    ['LearningDeliveryFAMConditionMet_True: no ACT 1', TEMP, [a({}, [['ACT', '2']])], FPD, 1],
    ['LearningDeliveryFAMConditionMet_False: LDM 034', TEMP, [a({}, [['LDM', '034']])], FPD, 0],
    ['LearningDeliveryFAMConditionMet_False: ACT 1', TEMP, [a({}, [['ACT', '1']])], FPD, 0],
    ['ConditionMet_True: prepared on 1 January, 100 days in', TEMP, [since(100, '2021-01-01')], '2021-01-01', 1],
    ['ConditionMet_False: ULN 1111111111', '1111111111', [a({}, [['ADL', '1'], ['LDM', '033']])], FPD, 0],
    ['ConditionMet_False: FundModel 100', TEMP, [a({ FundModel: 100 }, [['ADL', '1'], ['LDM', '033']])], FPD, 0],
    ['ConditionMet_False: prepared before 1 January', TEMP, [a({}, [['ADL', '1'], ['LDM', '033']])], '2020-03-10', 0],
    ['ConditionMet_False: 1 day in, planned 1 day', TEMP, [a({ LearnStartDate: addDays(FPD, -1), LearnPlanEndDate: FPD }, [['ADL', '1'], ['LDM', '033']])], FPD, 0],
    ['Validate_Error: FundModel 35, 100 days in', TEMP, [since(100, '2021-01-01')], '2021-01-01', 1],
    ['Validate_NoError: ULN 1', '1', [since(100, '2021-01-01')], '2021-01-01', 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_07, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
