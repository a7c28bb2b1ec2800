import { LearnDelFAMType_46 } from './LearnDelFAMType_46';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_46: FLN only on FundModel 35 or 38', () => {
  famTable(LearnDelFAMType_46, [
    ['FM36 with FLN', { FundModel: 36 }, [['FLN', '1']], 1, 'LearnDelFAMType'],
    ['FM10 with FLN', { FundModel: 10 }, [['FLN', '1']], 1],
    ['FM35 with FLN', { FundModel: 35 }, [['FLN', '1']], 0],
    ['FM38 with FLN', { FundModel: 38 }, [['FLN', '1']], 0],
    ['FM36 without FLN', { FundModel: 36 }, [['ADL', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_46RuleTests (FundModelConditionMetMeetsExpectation: 99, 10 fire; 35 not).
  esfaTable(LearnDelFAMType_46, [
    ['Validate_Error (36: ADL, FLN)', { FundModel: 36 }, [['ADL', '1'], ['FLN', '1']], 1],
    ['Validate_NoError (35: ADL, FLN)', { FundModel: 35 }, [['ADL', '1'], ['FLN', '1']], 0],
    ['FAMTypeConditionMet ("fln")', { FundModel: 99 }, [['fln', '1']], 1],
    ['FundModel 38 did not exist: FLN not allowed on it', { FundModel: 38 }, [['FLN', '1']], 1],
  ]);
});
