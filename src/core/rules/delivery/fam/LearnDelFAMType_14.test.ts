import { LearnDelFAMType_14 } from './LearnDelFAMType_14';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_14: EEF only on funded apprenticeships', () => {
  famTable(LearnDelFAMType_14, [
    ['FM35 not an apprenticeship, with EEF', { FundModel: 35 }, [['EEF', '2']], 1, 'LearnDelFAMType'],
    ['FM36 standard (ProgType 25), with EEF', { FundModel: 36, ProgType: 25 }, [['EEF', '2']], 0],
    ['FM81 standard, with EEF', { FundModel: 81, ProgType: 25 }, [['EEF', '3']], 0],
    ['FM99 standard, with EEF (not funded)', { FundModel: 99, ProgType: 25 }, [['EEF', '2']], 1],
    ['FM36 framework ProgType 3 (no longer DD07 in 2025-26), with EEF', { FundModel: 36, ProgType: 3 }, [['EEF', '2']], 1],
    ['FM35 without EEF', { FundModel: 35 }, [['SOF', '105']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_14RuleTests (ConditionMet: fund model 35/36/81 and DD07 exclude; 99 does not).
  esfaTable(LearnDelFAMType_14, [
    ['ConditionMet (35, not DD07)', { FundModel: 35 }, [['EEF', '2']], 1],
    ['ConditionMet (36, DD07: ProgType 25)', { FundModel: 36, ProgType: 25 }, [['EEF', '2']], 0],
    ['ConditionMet (81, DD07: framework ProgType 3 in 2020-21)', { FundModel: 81, ProgType: 3 }, [['EEF', '2']], 0],
    ['ConditionMet (99, DD07)', { FundModel: 99, ProgType: 25 }, [['EEF', '2']], 1],
    ['LearningDeliveryFAMsConditionMet_False', { FundModel: 99 }, [['SOF', '105']], 0],
  ]);
});
