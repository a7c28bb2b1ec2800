import { LearnDelFAMType_15 } from './LearnDelFAMType_15';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_15: no LDM 118 on an ended aim', () => {
  famTable(LearnDelFAMType_15, [
    ['ended, LDM 118', { LearnActEndDate: '2026-01-10', CompStatus: 2 }, [['LDM', '118']], 1, 'LearnDelFAMCode'],
    ['continuing, LDM 118', {}, [['LDM', '118']], 0],
    ['ended, LDM 034', { LearnActEndDate: '2026-01-10', CompStatus: 2 }, [['LDM', '034']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_15RuleTests.
  esfaTable(LearnDelFAMType_15, [
    ['ValidationFails', { LearnActEndDate: '2021-01-10' }, [['LDM', '118']], 1],
    ['ValidationPasses_EndDateNull', {}, [['LDM', '118']], 0],
    ['ValidationPassesIrrelevantFamCode', { LearnActEndDate: '2021-01-10' }, [['LDM', '117']], 0],
  ]);
});
