import { LearnDelFAMType_100 } from './LearnDelFAMType_100';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_100: LDM 378 only on starts from 1 April 2021', () => {
  famTable(LearnDelFAMType_100, [
    ['started 31 March 2021 (before)', { LearnStartDate: '2021-03-31' }, [['LDM', '378']], 1, 'LearnDelFAMCode'],
    ['started 1 April 2021 (on the boundary)', { LearnStartDate: '2021-04-01' }, [['LDM', '378']], 0],
    ['started 2025', {}, [['LDM', '378']], 0],
    ['started 2020 with another LDM', { LearnStartDate: '2020-03-31' }, [['LDM', '377']], 0],
  ]);
});
