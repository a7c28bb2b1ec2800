import { LearnDelFAMType_132 } from './LearnDelFAMType_132';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_132: EVI only on Skills Bootcamps', () => {
  famTable(LearnDelFAMType_132, [
    ['no ProgType with EVI', {}, [['EVI', '1']], 1, 'LearnDelFAMType'],
    ['ProgType 31 with EVI', { ProgType: 31 }, [['EVI', '1']], 1],
    ['ProgType 32 with EVI', { FundModel: 37, ProgType: 32, AimType: 1 }, [['EVI', '1']], 0],
    ['no EVI', {}, [['SOF', '105']], 0],
  ]);
});
