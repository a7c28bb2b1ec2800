import { LearnDelFAMType_127 } from './LearnDelFAMType_127';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_127: LDM 395 only on FundModel 38', () => {
  famTable(LearnDelFAMType_127, [
    ['FM35 with LDM 395', { FundModel: 35 }, [['LDM', '395']], 1, 'LearnDelFAMCode'],
    ['FM38 with LDM 395', { FundModel: 38 }, [['LDM', '395']], 0],
    ['FM35 with LDM 396', { FundModel: 35 }, [['LDM', '396']], 0],
  ]);
});
