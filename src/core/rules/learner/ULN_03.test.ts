import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_03 } from './ULN_03';

describe('ULN_03: temporary ULN before 1 January of the teaching year', () => {
  it.each([
    ['file prepared 31 Dec 2025', TEMP, [aim({})], '2025-12-31', 1],
    ['file prepared 1 Jan 2026 (boundary: not before)', TEMP, [aim({})], '2026-01-01', 0],
    ['a real ULN', VALID_ULN, [aim({})], '2025-10-01', 0],
    ['ACT 1 apprenticeship excluded', TEMP, [aim({ FundModel: 36 }, [['ACT', '1']])], '2025-10-01', 0],
    ['ACT 2 is not excluded', TEMP, [aim({ FundModel: 36 }, [['ACT', '2']])], '2025-10-01', 1],
    ['2025-26 "for all learning": FundModel 99 counts', TEMP, [aim({ FundModel: 99 })], '2025-10-01', 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_03, '2526', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });

  it('2020-21 follows ESFA: only FundModel 25, 82, 35, 36, 81, 70', () => {
    const at = (fm: number) => ulnSpec(TEMP, [aim({ FundModel: fm, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' })], '2020-10-01');
    expect(findingsOf(ULN_03, '2021', at(35))).toHaveLength(1);
    expect(findingsOf(ULN_03, '2021', at(99))).toHaveLength(0);
    expect(findingsOf(ULN_03, '2021', ulnSpec(TEMP, [aim({ FundModel: 35 })], '2021-01-01'))).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const BEFORE = '2020-10-01'; // before 1 January 2021
  it.each<UlnCase>([
    ['LearningDeliveryFAMConditionMet_False: an ACT 1 apprenticeship', TEMP, [aim21({ FundModel: 36 }, [['ACT', '1']])], BEFORE, 0],
    ['LearningDeliveryFAMConditionMet_True: no ACT 1', TEMP, [aim21({ FundModel: 36 }, [['ACT', '2']])], BEFORE, 1],
    ['LearnerConditionMet_True: the temporary ULN', TEMP, [aim21({ FundModel: 25 })], BEFORE, 1],
    ['LearnerConditionMet_False: ULN 1', '1', [aim21({ FundModel: 25 })], BEFORE, 0],
    ['ConditionMet_True: FundModel 25', TEMP, [aim21({ FundModel: 25 })], BEFORE, 1],
    ['ConditionMet_True: FundModel 82', TEMP, [aim21({ FundModel: 82 })], BEFORE, 1],
    ['ConditionMet_True: FundModel 35', TEMP, [aim21({ FundModel: 35 })], BEFORE, 1],
    ['ConditionMet_True: FundModel 36', TEMP, [aim21({ FundModel: 36 })], BEFORE, 1],
    ['ConditionMet_True: FundModel 81', TEMP, [aim21({ FundModel: 81 })], BEFORE, 1],
    ['ConditionMet_True: FundModel 70', TEMP, [aim21({ FundModel: 70 })], BEFORE, 1],
    ['ConditionMet_False_FundModel: FundModel 1', TEMP, [aim21({ FundModel: 1 })], BEFORE, 0],
    ['ConditionMet_False_FilePreparationDate: prepared after 1 January', TEMP, [aim21({ FundModel: 25 })], '2021-03-01', 0],
    ['Validate_NoErrors: ULN 1, FundModel 2', '1', [aim21({ FundModel: 2 })], BEFORE, 0],
    ['Validate_Error: FundModel 25 and 36 aims', TEMP, [aim21({ FundModel: 25 }), aim21({ AimSeqNumber: 2, FundModel: 36 })], BEFORE, 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_03, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
