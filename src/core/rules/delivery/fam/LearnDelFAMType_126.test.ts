import { LearnDelFAMType_126 } from './LearnDelFAMType_126';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_126: Tailored Learning starts from 1 August 2024 need an ACL', () => {
  famTable(LearnDelFAMType_126, [
    ['FM11 started 2025 without ACL', { FundModel: 11 }, [['SOF', '105']], 1, 'FundModel'],
    ['FM11 started 1 August 2024 (on the boundary)', { FundModel: 11, LearnStartDate: '2024-08-01' }, [], 1],
    ['FM11 started 31 July 2024 (before)', { FundModel: 11, LearnStartDate: '2024-07-31' }, [], 0],
    ['FM11 with ACL', { FundModel: 11 }, [['ACL', '1']], 0],
    ['FM10 without ACL (LearnDelFAMType_119)', { FundModel: 10 }, [], 0],
  ]);
});
