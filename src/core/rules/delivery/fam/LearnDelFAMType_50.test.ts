import { LearnDelFAMType_50 } from './LearnDelFAMType_50';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_50: no LSF on 16-19, Community Learning or non-funded aims', () => {
  famTable(LearnDelFAMType_50, [
    ['FM25 with LSF', { FundModel: 25 }, [['LSF', '1']], 1, 'LearnDelFAMType'],
    ['FM82, 10, 99 with LSF', { FundModel: 99 }, [['LSF', '1']], 1],
    ['FM35 with LSF', { FundModel: 35 }, [['LSF', '1']], 0],
    ['FM70 with LSF (not listed in 2025-26)', { FundModel: 70 }, [['LSF', '1']], 0],
    ['FM25 without LSF', { FundModel: 25 }, [['SOF', '107']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_50RuleTests (ValidationFails: 25, 82, 10, 70, 99).
  esfaTable(LearnDelFAMType_50, [
    ['ValidationFails (70)', { FundModel: 70 }, [['LSF', '1']], 1],
    ['ValidationFails (10)', { FundModel: 10 }, [['LSF', '1']], 1],
    ['ValidationPassesIrrelevantFamType (25)', { FundModel: 25 }, [['SOF', '107']], 0],
    ['ValidationPasses_IrrelevantFundModel', { FundModel: 1 }, [['LSF', '1']], 0],
  ]);
});
