import { LearnDelFAMType_131 } from './LearnDelFAMType_131';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_131: Tailored Learning starts from 1 August 2025 need LDM 399, 400 or 401', () => {
  famTable(LearnDelFAMType_131, [
    ['FM11 started 1 August 2025 (on the boundary) without', { FundModel: 11, LearnStartDate: '2025-08-01' }, [['ACL', '1']], 1, 'FundModel'],
    ['FM11 started 31 July 2025 (before)', { FundModel: 11, LearnStartDate: '2025-07-31' }, [['ACL', '1']], 0],
    ['FM11 with LDM 400', { FundModel: 11 }, [['ACL', '1'], ['LDM', '400']], 0],
    ['FM11 with LDM 401 among others', { FundModel: 11 }, [['LDM', '034'], ['LDM', '401']], 0],
    ['FM11 with another LDM only', { FundModel: 11 }, [['LDM', '398']], 1],
    ['FM10 without', { FundModel: 10 }, [['ACL', '1']], 0],
  ]);
});
