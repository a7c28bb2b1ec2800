import { LearnDelFAMType_40 } from './LearnDelFAMType_40';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_40: no ADL on a non-funded apprenticeship', () => {
  famTable(LearnDelFAMType_40, [
    ['FM99 standard with ADL', { FundModel: 99, ProgType: 25 }, [['ADL', '1']], 1, 'LearnDelFAMType'],
    ['FM99 framework ProgType 3 (not DD07 in 2025-26)', { FundModel: 99, ProgType: 3 }, [['ADL', '1']], 0],
    ['FM99 not an apprenticeship with ADL', { FundModel: 99 }, [['ADL', '1']], 0],
    ['FM36 standard with ADL (LearnDelFAMType_35 reports it)', { FundModel: 36, ProgType: 25 }, [['ADL', '1']], 0],
    ['FM99 standard without ADL', { FundModel: 99, ProgType: 25 }, [['SOF', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_40RuleTests (DD07 of 2020-21: frameworks too).
  esfaTable(LearnDelFAMType_40, [
    ['Validate_Error (99, ProgType 2)', { FundModel: 99, ProgType: 2 }, [['ADL', '1']], 1],
    ['ConditionMet_False_InvalidFundModel (35)', { FundModel: 35, ProgType: 25 }, [['ADL', '1']], 0],
    ['ConditionMet_False_DD (not an apprenticeship)', { FundModel: 99, ProgType: 24 }, [['ADL', '1']], 0],
    ['ConditionMet_False_InvalidLearnDelFamType', { FundModel: 99, ProgType: 25 }, [['ALB', '1']], 0],
  ]);
});
