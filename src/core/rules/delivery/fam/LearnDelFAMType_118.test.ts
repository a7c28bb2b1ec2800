import { LearnDelFAMType_118 } from './LearnDelFAMType_118';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_118: the SOF of a T Level must be 107', () => {
  famTable(LearnDelFAMType_118, [
    ['ProgType 31 with SOF 105', { FundModel: 25, ProgType: 31 }, [['SOF', '105']], 1, 'LearnDelFAMCode'],
    ['ProgType 31 with SOF 107', { FundModel: 25, ProgType: 31 }, [['SOF', '107']], 0],
    ['ProgType 31 without SOF', { FundModel: 25, ProgType: 31 }, [], 0],
    ['ProgType 25 with SOF 105', { FundModel: 36, ProgType: 25 }, [['SOF', '105']], 0],
  ]);
});
