import { LearnDelFAMType_36 } from './LearnDelFAMType_36';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_36: ALB needs ADL', () => {
  famTable(LearnDelFAMType_36, [
    ['ALB without ADL', { FundModel: 99 }, [['ALB', '1']], 1, 'LearnDelFAMType'],
    ['ALB with ADL', { FundModel: 99 }, [['ALB', '1'], ['ADL', '1']], 0],
    ['ALB with LDM 359: no exclusion in 2025-26', { FundModel: 99 }, [['ALB', '1'], ['LDM', '359']], 1],
    ['no ALB', { FundModel: 99 }, [['LSF', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_36RuleTests.
  esfaTable(LearnDelFAMType_36, [
    ['ValidationPasses_IrrelevantFamType', {}, [['LSF', '1']], 0],
    ['ValidationPasses_CorrectFamTypes', {}, [['ALB', '1'], ['ADL', '1']], 0],
    ['ValidationPasses_ExceptionApplies (LDM 359)', {}, [['ALB', '1'], ['LDM', '359']], 0],
    ['ValidationFails_ALB_ButNo_ADL_Or_Exception_OnSameDelivery', {}, [['ALB', '1']], 1],
  ]);
});
