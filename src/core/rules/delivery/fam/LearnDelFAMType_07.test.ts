import { LearnDelFAMType_07 } from './LearnDelFAMType_07';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_07: the SOF of a 16-19 aim must be 105 or 107', () => {
  famTable(LearnDelFAMType_07, [
    ['FM25 with SOF 1 (an FM25 aim without SOF 105/107)', { FundModel: 25 }, [['SOF', '1']], 1, 'LearnDelFAMCode'],
    ['FM82 with SOF 110', { FundModel: 82 }, [['SOF', '110']], 1],
    ['FM25 with SOF 107', { FundModel: 25 }, [['SOF', '107']], 0],
    ['FM82 with SOF 105', { FundModel: 82 }, [['SOF', '105']], 0],
    ['FM25 without SOF (LearnDelFAMType_01 reports it)', { FundModel: 25 }, [], 0],
    ['FM35 with SOF 1', { FundModel: 35 }, [['SOF', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_07RuleTests.
  esfaTable(LearnDelFAMType_07, [
    ['ValidationPasses (25, 105)', { FundModel: 25 }, [['SOF', '105']], 0],
    ['ValidationPasses (82, 107)', { FundModel: 82 }, [['SOF', '107']], 0],
    ['ValidationPasses_NoFAMs', { FundModel: 25 }, [], 0],
    ['ValidationPasses_IrrelevantFundingModel', { FundModel: 35 }, [['SOF', '1']], 0],
    ['ValidationFails', { FundModel: 25 }, [['SOF', '1']], 1],
  ]);
});
