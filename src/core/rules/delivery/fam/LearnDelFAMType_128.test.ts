import { LearnDelFAMType_128 } from './LearnDelFAMType_128';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_128: LDM 396 only on FundModel 81', () => {
  famTable(LearnDelFAMType_128, [
    ['FM37 with LDM 396', { FundModel: 37 }, [['LDM', '396']], 1, 'LearnDelFAMCode'],
    ['FM81 with LDM 396', { FundModel: 81 }, [['LDM', '396']], 0],
    ['FM37 with LDM 395', { FundModel: 37 }, [['LDM', '395']], 0],
  ]);
});
