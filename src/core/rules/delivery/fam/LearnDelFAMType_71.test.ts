import { LearnDelFAMType_71 } from './LearnDelFAMType_71';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_71: LDM 358 needs ACT 2', () => {
  famTable(LearnDelFAMType_71, [
    ['LDM 358 without ACT', {}, [['LDM', '358']], 1, 'LearnDelFAMCode'],
    ['LDM 358 with ACT 1', {}, [['LDM', '358'], ['ACT', '1']], 1],
    ['LDM 358 with ACT 2', {}, [['LDM', '358'], ['ACT', '2']], 0],
    ['no LDM 358', {}, [['LDM', '357']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFamType_71RuleTests.
  esfaTable(LearnDelFAMType_71, [
    ['Validate_Error', {}, [['LDM', '358'], ['ACT', '1']], 1],
    ['Validate_NoError', {}, [['LDM', '358'], ['ACT', '2']], 0],
  ]);
});
