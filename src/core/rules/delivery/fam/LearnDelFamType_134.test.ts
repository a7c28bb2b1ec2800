import { LearnDelFamType_134 } from './LearnDelFamType_134';
import { famTable } from './fam-testing';

describe('LearnDelFamType_134: SOF 121–123 not on FundModel 35 or 10', () => {
  famTable(LearnDelFamType_134, [
    ['FM35 with SOF 121', { FundModel: 35 }, [['SOF', '121']], 1, 'LearnDelFAMCode'],
    ['FM10 with SOF 123', { FundModel: 10 }, [['SOF', '123']], 1],
    ['FM38 with SOF 122', { FundModel: 38 }, [['SOF', '122']], 0],
    ['FM11 with SOF 121', { FundModel: 11 }, [['SOF', '121']], 0],
    ['FM35 with SOF 120', { FundModel: 35 }, [['SOF', '120']], 0],
  ]);
});
