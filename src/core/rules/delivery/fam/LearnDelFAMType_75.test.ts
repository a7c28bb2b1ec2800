import { LearnDelFAMType_75 } from './LearnDelFAMType_75';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_75: devolved aims must not have LDM 034, 357, 363, 379 or 388', () => {
  famTable(LearnDelFAMType_75, [
    ['devolved with LDM 034', {}, [['SOF', '112'], ['LDM', '034']], 1, 'LearnDelFAMCode'],
    ['devolved with LDM 388', {}, [['SOF', '110'], ['LDM', '388']], 1],
    ['devolved with LDM 379 and 357: two findings', {}, [['SOF', '116'], ['LDM', '379'], ['LDM', '357']], 2],
    ['devolved with LDM 376', {}, [['SOF', '112'], ['LDM', '376']], 0],
    ['SOF 105 with LDM 034', {}, [['SOF', '105'], ['LDM', '034']], 0],
    ['SOF 121 (not DD35) with LDM 388', {}, [['SOF', '121'], ['LDM', '388']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_75RuleTests (LearningDeliveryFAMsConditionMet_True: 034, 357, 363).
  esfaTable(LearnDelFAMType_75, [
    ['Validate_Error (LDM 034)', {}, [['SOF', '110'], ['LDM', '034']], 1],
    ['LearningDeliveryFAMsConditionMet_True (363)', {}, [['SOF', '110'], ['LDM', '363']], 1],
    ['Validate_NoError (not devolved)', { FundModel: 36 }, [['LDM', '011']], 0],
    ['LDM 388 not checked in 2020-21', {}, [['SOF', '110'], ['LDM', '388']], 0],
    ['DD35 of 2020-21 is SOF 110–117: SOF 118 is not devolved', {}, [['SOF', '118'], ['LDM', '034']], 0],
  ]);
});
