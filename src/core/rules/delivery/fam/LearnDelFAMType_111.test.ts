import { LearnDelFAMType_111 } from './LearnDelFAMType_111';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_111: Skills Bootcamps need an FFI', () => {
  famTable(LearnDelFAMType_111, [
    ['ProgType 32 without FFI', { FundModel: 37, ProgType: 32 }, [['SOF', '105']], 1, 'ProgType'],
    ['ProgType 32 with FFI', { FundModel: 37, ProgType: 32 }, [['SOF', '105'], ['FFI', '1']], 0],
    ['ProgType 31 without FFI', { FundModel: 25, ProgType: 31 }, [['SOF', '107']], 0],
  ]);
});
