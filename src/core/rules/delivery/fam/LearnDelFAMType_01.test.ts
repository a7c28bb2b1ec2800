import { LearnDelFAMType_01 } from './LearnDelFAMType_01';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_01: a funded aim must have a Source of funding', () => {
  famTable(LearnDelFAMType_01, [
    ['FM25 without SOF (an FM25 aim without SOF 105/107)', { FundModel: 25 }, [['FFI', '1']], 1, 'FundModel'],
    ['FM25 with SOF 107', { FundModel: 25 }, [['SOF', '107']], 0],
    ['FM35 without any FAM', { FundModel: 35 }, [], 1, 'FundModel'],
    ['FM38 without SOF', { FundModel: 38 }, [], 1],
    ['FM11 without SOF', { FundModel: 11 }, [], 1],
    ['FM37 without SOF', { FundModel: 37 }, [], 1],
    ['FM10, 36, 81, 82 without SOF', { FundModel: 82 }, [], 1],
    ['FM99 without SOF (not a listed funding model)', { FundModel: 99 }, [], 0],
    ['FM70 is not listed in 2025-26', { FundModel: 70 }, [], 0],
    ['sof in lower case counts', { FundModel: 36 }, [['sof', '105']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_01RuleTests: IsFundedMeetsExpectation (TypeOfFundingCollection, not 99) and
  // InvalidItemRaisesValidationMessage / ValidItemDoesNotRaiseValidationMessage (FAMs of other types, or with a SOF).
  esfaTable(LearnDelFAMType_01, [
    ['InvalidItemRaisesValidationMessage (10: ACT, ASL)', { FundModel: 10 }, [['ACT', '1'], ['ASL', '1']], 1],
    ['InvalidItemRaisesValidationMessage (70: ACT, ALB)', { FundModel: 70 }, [['ACT', '1'], ['ALB', '1']], 1],
    ['InvalidItemRaisesValidationMessage (82: ALB, ASL)', { FundModel: 82 }, [['ALB', '1'], ['ASL', '1']], 1],
    ['ValidItemDoesNotRaiseValidationMessage (99)', { FundModel: 99 }, [['ACT', '1']], 0],
    ['ValidItemDoesNotRaiseValidationMessage (35 with SOF)', { FundModel: 35 }, [['ACT', '1'], ['SOF', '105']], 0],
    ['FundModel 38 is not in TypeOfFundingCollection', { FundModel: 38 }, [], 0],
  ]);
});
