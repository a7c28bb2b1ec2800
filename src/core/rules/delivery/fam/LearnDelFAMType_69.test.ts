import { LearnDelFAMType_69 } from './LearnDelFAMType_69';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_69: LDM 357 only on FundModel 35 or 10 started from 1 November 2017', () => {
  famTable(LearnDelFAMType_69, [
    ['FM35 started 2025', { FundModel: 35 }, [['LDM', '357']], 0],
    ['FM10 started 1 November 2017 (on the boundary)', { FundModel: 10, LearnStartDate: '2017-11-01' }, [['LDM', '357']], 0],
    ['FM35 started 31 October 2017 (before)', { FundModel: 35, LearnStartDate: '2017-10-31' }, [['LDM', '357']], 1, 'LearnDelFAMCode'],
    ['FM36', { FundModel: 36 }, [['LDM', '357']], 1],
    ['FM36 with another LDM', { FundModel: 36 }, [['LDM', '356']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_69RuleTests.
  esfaTable(LearnDelFAMType_69, [
    ['ValidationPasses (35)', { FundModel: 35, LearnStartDate: '2017-11-01' }, [['LDM', '357']], 0],
    ['ValidationFails_FundingModel', { FundModel: 36, LearnStartDate: '2017-11-01' }, [['LDM', '357']], 1],
    ['ValidationFails_LearnStartDate (10)', { FundModel: 10, LearnStartDate: '2017-10-31' }, [['LDM', '357']], 1],
    ['ValidationPassesIrrelevantFamCode', { FundModel: 36 }, [['LDM', '356']], 0],
  ]);
});
