import { LearnDelFAMType_35 } from './LearnDelFAMType_35';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_35: ADL only on FundModel 99', () => {
  famTable(LearnDelFAMType_35, [
    ['FM35 with ADL', { FundModel: 35 }, [['ADL', '1']], 1, 'LearnDelFAMType'],
    ['FM99 with ADL', { FundModel: 99 }, [['ADL', '1']], 0],
    ['FM35 without ADL', { FundModel: 35 }, [['ALB', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_35RuleTests.
  esfaTable(LearnDelFAMType_35, [
    ['ValidateError (35)', { FundModel: 35 }, [['ADL', '1']], 1],
    ['ValidateNoError (99)', { FundModel: 99 }, [['ADL', '1']], 0],
  ]);
});
