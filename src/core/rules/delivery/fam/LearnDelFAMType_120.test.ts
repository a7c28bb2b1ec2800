import { LearnDelFAMType_120 } from './LearnDelFAMType_120';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_120: LDM 378 needs LDM 391 for starts from 1 August 2024', () => {
  famTable(LearnDelFAMType_120, [
    ['started 1 August 2024 (on the boundary), 378 without 391', { LearnStartDate: '2024-08-01' }, [['LDM', '378']], 1, 'LearnDelFAMCode'],
    ['started 31 July 2024 (before)', { LearnStartDate: '2024-07-31' }, [['LDM', '378']], 0],
    ['started 2025, 378 with 391', {}, [['LDM', '378'], ['LDM', '391']], 0],
    ['started 2025, 382 without 391 (the message names 382; the text 378)', {}, [['LDM', '382']], 0],
  ]);
});
