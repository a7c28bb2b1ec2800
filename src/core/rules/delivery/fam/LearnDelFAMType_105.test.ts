import { LearnDelFAMType_105 } from './LearnDelFAMType_105';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_105: LDM 379 only on FundModel 35 or 10, SOF 105, no ProgType', () => {
  famTable(LearnDelFAMType_105, [
    ['FM35, SOF 105, no ProgType', { FundModel: 35 }, [['SOF', '105'], ['LDM', '379']], 0],
    ['FM10, SOF 105', { FundModel: 10 }, [['SOF', '105'], ['LDM', '379']], 0],
    ['FM38', { FundModel: 38 }, [['SOF', '105'], ['LDM', '379']], 1, 'LearnDelFAMCode'],
    ['SOF 112', { FundModel: 35 }, [['SOF', '112'], ['LDM', '379']], 1],
    ['ProgType returned', { FundModel: 35, ProgType: 25 }, [['SOF', '105'], ['LDM', '379']], 1],
    ['ProgType returned without LDM 379 (not this rule)', { FundModel: 35, ProgType: 25 }, [['SOF', '107']], 0],
    ['no SOF (LearnDelFAMType_01 reports it)', { FundModel: 35 }, [['LDM', '379']], 0],
  ]);
});
