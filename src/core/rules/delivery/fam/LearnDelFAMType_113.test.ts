import { LearnDelFAMType_113 } from './LearnDelFAMType_113';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_113: LDM 384 only on FundModel 81', () => {
  famTable(LearnDelFAMType_113, [
    ['FM35 with LDM 384', { FundModel: 35 }, [['LDM', '384']], 1, 'LearnDelFAMCode'],
    ['FM81 with LDM 384', { FundModel: 81 }, [['LDM', '384']], 0],
    ['FM35 with LDM 385', { FundModel: 35 }, [['LDM', '385']], 0],
  ]);
});
