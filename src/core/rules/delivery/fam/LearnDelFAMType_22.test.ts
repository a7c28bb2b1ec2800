import { LearnDelFAMType_22 } from './LearnDelFAMType_22';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_22: FFI only on adult-funded aims', () => {
  famTable(LearnDelFAMType_22, [
    ['FM25 with FFI', { FundModel: 25 }, [['FFI', '1']], 1, 'LearnDelFAMType'],
    ['FM36 with FFI', { FundModel: 36 }, [['FFI', '1']], 1],
    ['FM99 with FFI', { FundModel: 99 }, [['FFI', '2']], 1],
    ['FM35 with FFI', { FundModel: 35 }, [['FFI', '1']], 0],
    ['FM37 with FFI', { FundModel: 37 }, [['FFI', '1']], 0],
    ['FM38, 81, 11, 10 with FFI', { FundModel: 10 }, [['FFI', '1']], 0],
    ['FM25 without FFI', { FundModel: 25 }, [['SOF', '107']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_22RuleTests: IsQualifyingFundModel (35, 81) and InvalidItemRaisesValidationMessage.
  esfaTable(LearnDelFAMType_22, [
    ['InvalidItemRaisesValidationMessage (10)', { FundModel: 10 }, [['FFI', '1']], 1],
    ['InvalidItemRaisesValidationMessage (70)', { FundModel: 70 }, [['FFI', '1']], 1],
    ['ValidItemDoesNotRaiseValidationMessage (81)', { FundModel: 81 }, [['FFI', '1']], 0],
    ['ValidItemDoesNotRaiseValidationMessage (35)', { FundModel: 35 }, [['FFI', '1']], 0],
  ]);
});
