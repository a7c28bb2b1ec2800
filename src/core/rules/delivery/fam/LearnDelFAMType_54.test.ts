import { LearnDelFAMType_54 } from './LearnDelFAMType_54';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_54: EEF 2 needs full funding (not FFI 2)', () => {
  famTable(LearnDelFAMType_54, [
    ['EEF 2 and FFI 2', { FundModel: 35 }, [['EEF', '2'], ['FFI', '2']], 1, 'LearnDelFAMCode'],
    ['EEF 2 and FFI 1', { FundModel: 35 }, [['EEF', '2'], ['FFI', '1']], 0],
    ['EEF 3 and FFI 2', { FundModel: 35 }, [['EEF', '3'], ['FFI', '2']], 0],
    ['standard (ProgType 25) excluded', { FundModel: 35, ProgType: 25 }, [['EEF', '2'], ['FFI', '2']], 0],
    ['FundModel 36 excluded', { FundModel: 36 }, [['EEF', '2'], ['FFI', '2']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_54RuleTests.
  esfaTable(LearnDelFAMType_54, [
    ['Validate_Error (35, ProgType 20)', { FundModel: 35, ProgType: 20 }, [['EEF', '2'], ['FFI', '2']], 1],
    ['ProgTypeConditionMet_True (25)', { FundModel: 35, ProgType: 25 }, [['EEF', '2'], ['FFI', '2']], 0],
    ['FundModelConditionMet_True (36)', { FundModel: 36, ProgType: 21 }, [['EEF', '2'], ['FFI', '2']], 0],
    ['LearningDeliveryFAMsCondtionMet_False (EEF 2 only)', { FundModel: 35, ProgType: 21 }, [['EEF', '2']], 0],
  ]);
});
