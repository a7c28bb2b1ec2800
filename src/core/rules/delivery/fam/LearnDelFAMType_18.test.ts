import { LearnDelFAMType_18 } from './LearnDelFAMType_18';
import { esfaTable, famTable } from './fam-testing';

describe('LearnDelFAMType_18: one FAM of each single-occurrence type', () => {
  famTable(LearnDelFAMType_18, [
    ['two SOF', {}, [['SOF', '105'], ['SOF', '107']], 1, 'LearnDelFAMType'],
    ['two ACL', { FundModel: 10 }, [['ACL', '1'], ['ACL', '2']], 1],
    ['two AFL', {}, [['AFL', '1'], ['AFL', '1']], 1],
    ['three FFI, two RES: once per type', {}, [['FFI', '1'], ['FFI', '1'], ['FFI', '2'], ['RES', '1'], ['RES', '1']], 2],
    ['two LDM (not single-occurrence)', {}, [['LDM', '034'], ['LDM', '118']], 0],
    ['two SPP (2020-21 only)', {}, [['SPP', '1'], ['SPP', '1']], 0],
    ['one of each', {}, [['SOF', '105'], ['FFI', '1'], ['ADL', '1'], ['ASL', '1'], ['FLN', '1'], ['EEF', '2']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_18RuleTests: ConditionMet_True (count 2 of SOF … FLN, SPP), ConditionMet_False (count 1; NSA,
  // WPP, POD).
  esfaTable(LearnDelFAMType_18, [
    ['ConditionMet_True (SOF)', {}, [['SOF', '105'], ['SOF', '105']], 1],
    ['ConditionMet_True (SPP)', {}, [['SPP', '1'], ['SPP', '1']], 1],
    ['ConditionMet_False (WPP)', {}, [['WPP', '1'], ['WPP', '2']], 0],
    ['ConditionMet_False (SOF once)', {}, [['SOF', '105'], ['HHS', '1']], 0],
    ['ACL twice: not a 2020-21 type', {}, [['ACL', '1'], ['ACL', '1']], 0],
  ]);
});
