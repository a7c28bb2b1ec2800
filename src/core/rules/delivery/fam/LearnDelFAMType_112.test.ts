import { LearnDelFAMType_112 } from './LearnDelFAMType_112';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_112: the SOF of a Skills Bootcamp must be 105', () => {
  famTable(LearnDelFAMType_112, [
    ['ProgType 32 with SOF 112', { FundModel: 37, ProgType: 32 }, [['SOF', '112']], 1, 'LearnDelFAMCode'],
    ['ProgType 32 with SOF 105', { FundModel: 37, ProgType: 32 }, [['SOF', '105']], 0],
    ['ProgType 32 without SOF (LearnDelFAMType_01 reports it)', { FundModel: 37, ProgType: 32 }, [], 0],
    ['ProgType 25 with SOF 107', { FundModel: 36, ProgType: 25 }, [['SOF', '107']], 0],
  ]);
});
