import { LearnDelFAMType_133 } from './LearnDelFAMType_133';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_133: EVI only on a programme aim', () => {
  famTable(LearnDelFAMType_133, [
    ['component aim with EVI', { FundModel: 37, ProgType: 32, AimType: 3 }, [['EVI', '1']], 1, 'LearnDelFAMType'],
    ['programme aim with EVI', { FundModel: 37, ProgType: 32, AimType: 1 }, [['EVI', '1']], 0],
    ['component aim without EVI', { FundModel: 37, ProgType: 32, AimType: 3 }, [['SOF', '105']], 0],
  ]);
});
