import { LearnDelFAMType_08 } from './LearnDelFAMType_08';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_08: no SOF 105 or 107 on a non-funded aim', () => {
  famTable(LearnDelFAMType_08, [
    ['FM99 with SOF 105', { FundModel: 99 }, [['SOF', '105']], 1, 'LearnDelFAMCode'],
    ['FM99 with SOF 107', { FundModel: 99 }, [['SOF', '107']], 1],
    ['FM99 with SOF 1', { FundModel: 99 }, [['SOF', '1']], 0],
    ['FM99 with LDM 105 (another type)', { FundModel: 99 }, [['LDM', '105']], 0],
    ['FM35 with SOF 105', { FundModel: 35 }, [['SOF', '105']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_08RuleTests.
  esfaTable(LearnDelFAMType_08, [
    ['Validate_Error, ConditionMet_True (99, SOF 105)', { FundModel: 99 }, [['SOF', '105']], 1],
    ['FundModelConditionMet_False (35)', { FundModel: 35 }, [['SOF', '105']], 0],
    ['LearningDeliveryFAMsConditionMet_False (SOF 1)', { FundModel: 99 }, [['SOF', '1']], 0],
  ]);
});
