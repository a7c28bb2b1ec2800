import { LearnDelFAMType_91 } from './LearnDelFAMType_91';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_91: no SOF with ADL on a non-funded aim', () => {
  famTable(LearnDelFAMType_91, [
    ['FM99 with ADL and SOF', { FundModel: 99 }, [['ADL', '1'], ['SOF', '1']], 1, 'LearnDelFAMType'],
    ['FM99 with ADL, no SOF', { FundModel: 99 }, [['ADL', '1']], 0],
    ['FM99 with SOF, no ADL', { FundModel: 99 }, [['SOF', '1']], 0],
    ['FM35 with ADL and SOF (LearnDelFAMType_35 reports the ADL)', { FundModel: 35 }, [['ADL', '1'], ['SOF', '105']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_91RuleTests.
  esfaTable(LearnDelFAMType_91, [
    ['Validate_Error', { FundModel: 99 }, [['ADL', '1'], ['SOF', '105']], 1],
    ['Validate_NoErrors_FundModel', { FundModel: 35 }, [['ADL', '1'], ['SOF', '105']], 0],
    ['Validate_NoErrors_FAMsMisMatch', { FundModel: 99 }, [['ADL', '1'], ['LDM', '105']], 0],
    ['Validate_NoErrors_NoFAMs', { FundModel: 99 }, [], 0],
  ]);
});
