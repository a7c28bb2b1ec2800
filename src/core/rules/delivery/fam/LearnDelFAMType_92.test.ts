import { LearnDelFAMType_92 } from './LearnDelFAMType_92';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_92: no ACT 2 on programme aims started from 1 April 2021', () => {
  famTable(LearnDelFAMType_92, [
    ['programme aim with ACT 2', { AimType: 1, ProgType: 25, FundModel: 36 }, [['ACT', '2']], 1, 'LearnDelFAMCode'],
    ['started 1 April 2021 (on the boundary)', { AimType: 1, LearnStartDate: '2021-04-01' }, [['ACT', '2']], 1],
    ['started 31 March 2021 (before)', { AimType: 1, LearnStartDate: '2021-03-31' }, [['ACT', '2']], 0],
    ['restart excluded', { AimType: 1 }, [['ACT', '2'], ['RES', '1']], 0],
    ['component aim with ACT 2', { AimType: 3 }, [['ACT', '2']], 0],
    ['programme aim with ACT 1', { AimType: 1 }, [['ACT', '1']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_92RuleTests.
  esfaTable(LearnDelFAMType_92, [
    ['ConditionMet_True', { AimType: 1, LearnStartDate: '2021-04-01' }, [['ACT', '2']], 1],
    ['ConditionMet_FalseExcluded', { AimType: 1, LearnStartDate: '2021-04-01' }, [['ACT', '2'], ['RES', '1']], 0],
    ['ConditionMet_FalseLearnStartDate', { AimType: 1, LearnStartDate: '2021-03-31' }, [['ACT', '2']], 0],
    ['ConditionMet_FalseAimType', { AimType: 3, LearnStartDate: '2021-04-01' }, [['ACT', '2']], 0],
    ['ConditionMet_FalseFams', { AimType: 1, LearnStartDate: '2021-04-01' }, [['ACT', '1']], 0],
  ]);
});
