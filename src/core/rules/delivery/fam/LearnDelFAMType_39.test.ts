import { LearnDelFAMType_39 } from './LearnDelFAMType_39';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_39: FundModel 81 and 82 aims should have an LDM', () => {
  famTable(LearnDelFAMType_39, [
    ['FM81 without LDM', { FundModel: 81 }, [['SOF', '105']], 1, 'FundModel'],
    ['FM82 without LDM', { FundModel: 82 }, [['SOF', '107']], 1],
    ['FM81 with LDM', { FundModel: 81 }, [['SOF', '105'], ['LDM', '376']], 0],
    ['FM81 standard (ProgType 25) excluded', { FundModel: 81, ProgType: 25 }, [['SOF', '105']], 0],
    ['FM35 without LDM', { FundModel: 35 }, [['SOF', '105']], 0],
    ['started 1 August 2013 (on the boundary)', { FundModel: 81, LearnStartDate: '2013-08-01' }, [], 1],
    ['started 31 July 2013 (before)', { FundModel: 81, LearnStartDate: '2013-07-31' }, [], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_39RuleTests (ConditionMet: ProgType 25, fund models 81/82, start from 2013-08-01, no LDM).
  esfaTable(LearnDelFAMType_39, [
    ['Validate_Error', { FundModel: 81, LearnStartDate: '2018-09-01' }, [['SOF', '105']], 1],
    ['ProgTypeConditionMet_False (25)', { FundModel: 81, ProgType: 25, LearnStartDate: '2018-09-01' }, [], 0],
    ['LearnStartDateConditionMet_False (2013-07-31)', { FundModel: 82, LearnStartDate: '2013-07-31' }, [], 0],
    ['LearningDeliveryFAMsConditionMet_False', { FundModel: 82, LearnStartDate: '2018-09-01' }, [['LDM', '034']], 0],
  ]);
});
