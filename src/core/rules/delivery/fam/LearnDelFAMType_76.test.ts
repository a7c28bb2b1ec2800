import { LearnDelFAMType_76 } from './LearnDelFAMType_76';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_76: LDM 034 needs SOF 105', () => {
  famTable(LearnDelFAMType_76, [
    ['LDM 034 with SOF 107', {}, [['LDM', '034'], ['SOF', '107']], 1, 'LearnDelFAMCode'],
    ['LDM 034 with SOF 105', {}, [['LDM', '034'], ['SOF', '105']], 0],
    ['LDM 034 without SOF (LearnDelFAMType_01 reports it)', {}, [['LDM', '034']], 0],
    ['SOF 107 without LDM 034', {}, [['LDM', '086'], ['SOF', '107']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_76RuleTests.
  esfaTable(LearnDelFAMType_76, [
    ['Validate_Error', {}, [['LDM', '034'], ['SOF', '107']], 1],
    ['Validate_NoError', {}, [['LDM', '034'], ['SOF', '105']], 0],
  ]);
});
