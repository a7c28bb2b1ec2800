import { aimFindings, esfaFindings } from './delivery-testing';
import { CompStatus_07 } from './CompStatus_07';

const standard = { AimType: 1, FundModel: 36, ProgType: 25, LearnActEndDate: '2026-06-10', AchDate: '2026-06-20', Outcome: 1 };
describe('CompStatus_07: a standard programme aim with an Achievement date is completed', () => {
  it.each([
    ['withdrawn with AchDate', { ...standard, CompStatus: 3, WithdrawReason: 2 }, 1],
    ['completed with AchDate', { ...standard, CompStatus: 2 }, 0],
    ['no AchDate', { ...standard, CompStatus: 3, AchDate: null }, 0],
    ['ended before 1 August 2019', { ...standard, CompStatus: 3, LearnActEndDate: '2019-07-31', AchDate: '2019-08-20' }, 0],
    ['component aim', { ...standard, CompStatus: 3, AimType: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(CompStatus_07, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_07RuleTests (the rule is the same in 2020-21). A test of one condition is a whole aim meeting the
  // others (ConditionMet_Pass: AimType 1, FundModel 36, ProgType 25, CompStatus 3, ended 2019-08-01, achieved two
  // months later); the ConditionMet_Fails rows are taken as written (dates dd/MM/yyyy).
  const met = { AimType: 1, FundModel: 36, ProgType: 25, CompStatus: 3, LearnActEndDate: '2019-08-01', AchDate: '2019-10-01' };
  const row = { ...met, AchDate: '2019-08-01' };
  it.each([
    ['ConditionMet_Pass, AimType/FundModel/ProgType/CompStatusCondition_Pass, LearnActEndDateCondition_Pass_AsDateIsEqual', met, 1],
    ['LearnActEndDateCondition_Pass_AsDateisGreater (2019-09-11)', { ...met, LearnActEndDate: '2019-09-11' }, 1],
    ['AchDateCondition_Pass (2019-08-01)', { ...met, AchDate: '2019-08-01' }, 1],
    ['ProgTypeCondition_Fails (21)', { ...met, ProgType: 21 }, 0],
    ['ProgTypeCondition_Fails (null)', { ...met, ProgType: null }, 0],
    ['ConditionMet_Fails (AimType 2), AimTypeCondition_Fails', { ...row, AimType: 2 }, 0],
    ['ConditionMet_Fails (FundModel 81), FundModelCondition_Fails', { ...row, FundModel: 81 }, 0],
    ['ConditionMet_Fails (ProgType 24)', { ...row, ProgType: 24 }, 0],
    ['ConditionMet_Fails (CompStatus 2), CompStatusCondition_Fail', { ...row, CompStatus: 2 }, 0],
    ['ConditionMet_Fails (no LearnActEndDate), LearnActEndDateCondition_Fails (null)', { ...row, LearnActEndDate: null }, 0],
    ['ConditionMet_Fails (ended 2019-07-01), LearnActEndDateCondition_Fails (01/07/2019)', { ...row, LearnActEndDate: '2019-07-01', AchDate: '2019-10-01' }, 0],
    ['ConditionMet_Fails (no AchDate), AchDateCondition_Fails_IsNull', { ...row, LearnActEndDate: '2019-12-01', AchDate: null }, 0],
    ['Validate_Error', { ...met, LearnActEndDate: '2019-09-21', AchDate: '2019-09-21' }, 1],
    ['Validate_NoErrors', { AimType: 2, FundModel: 81, LearnActEndDate: '2019-06-21' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_07, fields)).toHaveLength(n));
});
