import { LearnDelFAMType_38 } from './LearnDelFAMType_38';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_38: ALB only on FundModel 99', () => {
  famTable(LearnDelFAMType_38, [
    ['FM35 with ALB', { FundModel: 35 }, [['ALB', '1']], 1, 'LearnDelFAMType'],
    ['FM99 with ALB', { FundModel: 99 }, [['ALB', '1']], 0],
    ['FM35 with ALB and LDM 359: no exclusion in 2025-26', { FundModel: 35 }, [['ALB', '1'], ['LDM', '359']], 1],
    ['FM35 without ALB', { FundModel: 35 }, [['LSF', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_38RuleTests.
  esfaTable(LearnDelFAMType_38, [
    ['ValidatePasses_IrrelevantFamType', { FundModel: 35 }, [['LSF', '1']], 0],
    ['ValidatePasses_AllowedFundingModel', { FundModel: 99 }, [['ALB', '1']], 0],
    ['ValidatePasses_ExceptionApplies (LDM 359)', { FundModel: 35 }, [['ALB', '1'], ['LDM', '359']], 0],
    ['ValidateFails_ALB_ButNoExceptionOnSameDelivery', { FundModel: 35 }, [['ALB', '1']], 1],
  ]);
});
