import { LearnDelFAMType_107 } from './LearnDelFAMType_107';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_107: LDM 320, 321 and 381 only on FundModel 25 or 82', () => {
  famTable(LearnDelFAMType_107, [
    ['FM35 with LDM 320', { FundModel: 35 }, [['LDM', '320']], 1, 'LearnDelFAMCode'],
    ['FM99 with LDM 381', { FundModel: 99 }, [['LDM', '381']], 1],
    ['FM25 with LDM 321', { FundModel: 25 }, [['LDM', '321']], 0],
    ['FM82 with LDM 381', { FundModel: 82 }, [['LDM', '381']], 0],
    ['FM35 with LDM 034', { FundModel: 35 }, [['LDM', '034']], 0],
  ]);
});
