import { LearnDelFAMType_78 } from './LearnDelFAMType_78';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_78: DAM only on FundModel 35, 38, 11 or 10', () => {
  famTable(LearnDelFAMType_78, [
    ['FM36 with DAM', { FundModel: 36 }, [['DAM', '001']], 1, 'LearnDelFAMType'],
    ['FM81 with two DAM: one finding', { FundModel: 81 }, [['DAM', '001'], ['DAM', '002']], 1],
    ['FM35 with DAM', { FundModel: 35 }, [['DAM', '001']], 0],
    ['FM38 with DAM', { FundModel: 38 }, [['DAM', '001']], 0],
    ['FM11 with DAM', { FundModel: 11 }, [['DAM', '001']], 0],
    ['FM36 without DAM', { FundModel: 36 }, [['LDM', '001']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_78RuleTests (ConditionMet_False: 35, 10; ValidationFails: 25, 36, 70, 82, 81, 99).
  esfaTable(LearnDelFAMType_78, [
    ['ValidationPasses (35)', { FundModel: 35 }, [['DAM', '001'], ['LDM', '034']], 0],
    ['ValidationPasses (10)', { FundModel: 10 }, [['DAM', '001'], ['LDM', '034']], 0],
    ['ValidationFails (70)', { FundModel: 70 }, [['DAM', '001'], ['LDM', '034']], 1],
    ['FundModel 38 did not exist: DAM not allowed on it', { FundModel: 38 }, [['DAM', '001']], 1],
  ]);
});
