import { LearnDelFAMType_70 } from './LearnDelFAMType_70';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_70: LDM 358 only on starts from 1 January 2018', () => {
  famTable(LearnDelFAMType_70, [
    ['started 31 December 2017 (before)', { LearnStartDate: '2017-12-31' }, [['LDM', '358']], 1, 'LearnDelFAMCode'],
    ['started 1 January 2018 (on the boundary)', { LearnStartDate: '2018-01-01' }, [['LDM', '358']], 0],
    ['started 2025', {}, [['LDM', '358']], 0],
    ['started 2017 with another LDM', { LearnStartDate: '2017-12-31' }, [['LDM', '357']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_70RuleTests.
  esfaTable(LearnDelFAMType_70, [
    ['Validate_Error', { LearnStartDate: '2017-12-31' }, [['LDM', '358']], 1],
    ['ConditionMet_False_InvalidLearnStartDate', { LearnStartDate: '2018-01-01' }, [['LDM', '358']], 0],
    ['ConditionMet_False_InvalidLearnDelFamTypes', { LearnStartDate: '2017-12-31' }, [['ACT', '358']], 0],
  ]);
});
