import { LearnDelFAMType_108 } from './LearnDelFAMType_108';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_108: LDM 382 needs LDM 378 for starts to 31 July 2024', () => {
  famTable(LearnDelFAMType_108, [
    ['started 31 July 2024 (on the boundary), 382 without 378', { LearnStartDate: '2024-07-31' }, [['LDM', '382']], 1, 'LearnDelFAMCode'],
    ['started 1 August 2024 (after)', { LearnStartDate: '2024-08-01' }, [['LDM', '382']], 0],
    ['started 2023, 382 with 378', { LearnStartDate: '2023-09-01' }, [['LDM', '382'], ['LDM', '378']], 0],
    ['started 2023, 378 only', { LearnStartDate: '2023-09-01' }, [['LDM', '378']], 0],
  ]);
});
