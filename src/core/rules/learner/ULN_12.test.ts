import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_12 } from './ULN_12';

describe('ULN_12: temporary ULN on a levy-funded apprenticeship (ACT 1)', () => {
  it.each([
    ['ACT 1', TEMP, [['ACT', '1']], 1],
    ['ACT 2', TEMP, [['ACT', '2']], 0],
    ['a real ULN with ACT 1', VALID_ULN, [['ACT', '1']], 0],
    ['lower-case act', TEMP, [['act', '1']], 1],
  ] as [string, string, [string, string][], number][])('%s', (_n, uln, fams, expected) => {
    const f = findingsOf(ULN_12, '2526', ulnSpec(uln, [aim({ FundModel: 36 }, fams)], '2025-10-01'));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', field: 'ULN' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2020-10-01';
  const act1 = aim21({ FundModel: 36 }, [['ACT', '1'], ['LDM', '340']]);
  it.each<UlnCase>([
    ['LearnerConditionMet_False: ULN 11111111', '11111111', [act1], FPD, 0],
    ['LearnerConditionMet_False: ULN 22222222', '22222222', [act1], FPD, 0],
    ['LearnerConditionMet_False: ULN 12345678990', '12345678990', [act1], FPD, 0],
    ['LearnerConditionMet_True: the temporary ULN', TEMP, [act1], FPD, 1],
    ['LearningDeliveryFAMsConditionMet_False: ADL 1, LDM 340', TEMP, [aim21({ FundModel: 36 }, [['ADL', '1'], ['LDM', '340']])], FPD, 0],
    ['LearningDeliveryFAMsConditionMet_Null: no FAMs', TEMP, [aim21({ FundModel: 36 })], FPD, 0],
    ['LearningDeliveryFAMsConditionMet_True: ACT 1, LDM 340', TEMP, [act1], FPD, 1],
    ['ConditionMet_False: ULN 1111111222', '1111111222', [act1], FPD, 0],
    ['ConditionMet_False: ULN 1234567890', '1234567890', [act1], FPD, 0],
    ['ConditionMet_False: ULN 8888888887', '8888888887', [act1], FPD, 0],
    ['ConditionMet_Null: ULN 555556789, no FAMs', '555556789', [aim21({ FundModel: 36 })], FPD, 0],
    ['ConditionMet_True: the temporary ULN, ACT 1', TEMP, [act1], FPD, 1],
    ['Validate_Error: ACT 1 and RES 2', TEMP, [aim21({ FundModel: 36 }, [['ACT', '1'], ['RES', '2']])], FPD, 1],
    ['Validate_NoError: ULN 66655554444, LDM 1 and ACT 5', '66655554444', [aim21({ FundModel: 36 }, [['LDM', '1'], ['ACT', '5']])], FPD, 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_12, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
