import { LearnDelFAMType_68 } from './LearnDelFAMType_68';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_68: LDM 356 only on a FundModel 36 programme aim', () => {
  famTable(LearnDelFAMType_68, [
    ['FM36 programme aim', { FundModel: 36, AimType: 1, ProgType: 25 }, [['LDM', '356']], 0],
    ['FM36 component aim', { FundModel: 36, AimType: 3, ProgType: 25 }, [['LDM', '356']], 1, 'LearnDelFAMCode'],
    ['FM35 programme aim', { FundModel: 35, AimType: 1 }, [['LDM', '356']], 1],
    ['FM35 component aim', { FundModel: 35, AimType: 4 }, [['LDM', '356']], 1],
    ['FM35 with another LDM', { FundModel: 35 }, [['LDM', '357']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_68RuleTests.
  esfaTable(LearnDelFAMType_68, [
    ['ValidationFails_FundingModel', { FundModel: 35, AimType: 1 }, [['LDM', '356']], 1],
    ['ValidationFails_AimType', { FundModel: 36, AimType: 3 }, [['LDM', '356']], 1],
    ['ValidationPassesIrrelevantFamCode', { FundModel: 35, AimType: 3 }, [['LDM', '355']], 0],
    ['ValidationPassesIrrelevantFamType', { FundModel: 35, AimType: 3 }, [['ACT', '356']], 0],
  ]);
});
