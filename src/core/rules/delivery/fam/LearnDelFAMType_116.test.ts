import { LearnDelFAMType_116 } from './LearnDelFAMType_116';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_116: LDM 388 only on FundModel 35, 38, 11 or 10, SOF 105, no ProgType', () => {
  famTable(LearnDelFAMType_116, [
    ['FM38, SOF 105', { FundModel: 38 }, [['SOF', '105'], ['LDM', '388']], 0],
    ['FM11, SOF 105', { FundModel: 11 }, [['SOF', '105'], ['LDM', '388']], 0],
    ['FM81', { FundModel: 81 }, [['SOF', '105'], ['LDM', '388']], 1, 'LearnDelFAMCode'],
    ['SOF 107', { FundModel: 35 }, [['SOF', '107'], ['LDM', '388']], 1],
    ['ProgType returned', { FundModel: 35, ProgType: 32 }, [['SOF', '105'], ['LDM', '388']], 1],
    ['FM81 without LDM 388', { FundModel: 81 }, [['SOF', '105']], 0],
  ]);
});
