import { LearnDelFAMType_119 } from './LearnDelFAMType_119';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_119: Community Learning starts from 1 August 2023 need an ACL', () => {
  famTable(LearnDelFAMType_119, [
    ['FM10 started 2025 without ACL', { FundModel: 10 }, [['SOF', '105']], 1, 'FundModel'],
    ['FM10 started 1 August 2023 (on the boundary)', { FundModel: 10, LearnStartDate: '2023-08-01' }, [], 1],
    ['FM10 started 31 July 2023 (before)', { FundModel: 10, LearnStartDate: '2023-07-31' }, [], 0],
    ['FM10 with ACL', { FundModel: 10 }, [['SOF', '105'], ['ACL', '1']], 0],
    ['FM11 without ACL (LearnDelFAMType_126)', { FundModel: 11 }, [['SOF', '105']], 0],
  ]);
});
