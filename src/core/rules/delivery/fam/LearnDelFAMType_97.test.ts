import { LearnDelFAMType_97 } from './LearnDelFAMType_97';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_97: DAM 002 not with FundModel 35 and SOF 105', () => {
  famTable(LearnDelFAMType_97, [
    ['DAM 002, FM35, SOF 105', { FundModel: 35 }, [['SOF', '105'], ['DAM', '002']], 1, 'LearnDelFAMCode'],
    ['DAM 002, FM35, SOF 112', { FundModel: 35 }, [['SOF', '112'], ['DAM', '002']], 0],
    ['DAM 002, FM38, SOF 105', { FundModel: 38 }, [['SOF', '105'], ['DAM', '002']], 0],
    ['DAM 001, FM35, SOF 105', { FundModel: 35 }, [['SOF', '105'], ['DAM', '001']], 0],
  ]);
});
