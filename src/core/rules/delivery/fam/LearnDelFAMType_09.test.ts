import { LearnDelFAMType_09 } from './LearnDelFAMType_09';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_09: the SOF of an adult aim must be 105, unless devolved', () => {
  famTable(LearnDelFAMType_09, [
    ['FM35 with SOF 107', { FundModel: 35 }, [['SOF', '107']], 1, 'LearnDelFAMCode'],
    ['FM38 with SOF 1', { FundModel: 38 }, [['SOF', '1']], 1],
    ['FM11 with SOF 107', { FundModel: 11 }, [['SOF', '107']], 1],
    ['FM36 with SOF 105', { FundModel: 36 }, [['SOF', '105']], 0],
    ['FM35 devolved (SOF 112, DD35)', { FundModel: 35 }, [['SOF', '112']], 0],
    ['FM35 devolved (SOF 120, the last DD35 code)', { FundModel: 35 }, [['SOF', '120']], 0],
    ['FM38 with SOF 121 (not DD35)', { FundModel: 38 }, [['SOF', '121']], 1],
    ['FM35 without SOF (LearnDelFAMType_01 reports it)', { FundModel: 35 }, [], 0],
    ['FM25 with SOF 107 (not listed)', { FundModel: 25 }, [['SOF', '107']], 0],
    ['FM70 is not listed in 2025-26', { FundModel: 70 }, [['SOF', '107']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_09RuleTests: HasDisqualifyingMonitorMeetsExpectation and TypeOfFundingMeetsExpectation
  // (10, 35, 36, 70, 81).
  esfaTable(LearnDelFAMType_09, [
    ['HasDisqualifyingMonitor (SOF 1)', { FundModel: 35 }, [['SOF', '1']], 1],
    ['HasDisqualifyingMonitor (SOF 107)', { FundModel: 35 }, [['SOF', '107']], 1],
    ['HasDisqualifyingMonitor (SOF 105)', { FundModel: 35 }, [['SOF', '105']], 0],
    ['HasDisqualifyingMonitor (LDM 034)', { FundModel: 35 }, [['LDM', '034']], 0],
    ['TypeOfFunding (70)', { FundModel: 70 }, [['SOF', '107']], 1],
    ['IsCombinedAuthorities (SOF 110)', { FundModel: 35 }, [['SOF', '110']], 0],
    ['FundModel 38 not asked', { FundModel: 38 }, [['SOF', '107']], 0],
    ['DD35 of 2020-21 is SOF 110–117: SOF 118 is not excluded', { FundModel: 35 }, [['SOF', '118']], 1],
  ]);
});
