import { LearnDelFAMType_02 } from './LearnDelFAMType_02';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_02: FundModel 35 and 38 need an FFI', () => {
  famTable(LearnDelFAMType_02, [
    ['FM35 without FFI', { FundModel: 35 }, [['SOF', '105']], 1, 'FundModel'],
    ['FM38 without FFI', { FundModel: 38 }, [['SOF', '105']], 1, 'FundModel'],
    ['FM35 with FFI', { FundModel: 35 }, [['SOF', '105'], ['FFI', '1']], 0],
    ['FM81 without FFI', { FundModel: 81 }, [['SOF', '105']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_02RuleTests: Validate_Error (35; SOF, RES), Validate_NoError (35; FFI, RES),
  // ConditionMet_False_FundModel; FundModel 38 did not exist.
  esfaTable(LearnDelFAMType_02, [
    ['Validate_Error', { FundModel: 35 }, [['SOF', '105'], ['RES', '1']], 1],
    ['Validate_NoError', { FundModel: 35 }, [['FFI', '1'], ['RES', '1']], 0],
    ['ConditionMet_False_FundModel', { FundModel: 36 }, [['SOF', '105'], ['RES', '1']], 0],
    ['FundModel 38 not asked', { FundModel: 38 }, [['SOF', '105']], 0],
  ]);
});
