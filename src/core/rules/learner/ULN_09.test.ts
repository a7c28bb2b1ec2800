import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_09 } from './ULN_09';

describe('ULN_09: temporary ULN for an OLASS offender in custody from 1 January', () => {
  it.each([
    ['OLASS, file prepared 1 Jan (boundary)', TEMP, [['LDM', '034']], '2026-01-01', 1],
    ['OLASS, file prepared 31 Dec', TEMP, [['LDM', '034']], '2025-12-31', 0],
    ['OLASS with a real ULN', VALID_ULN, [['LDM', '034']], '2026-02-01', 0],
    ['other LDM code', TEMP, [['LDM', '035']], '2026-02-01', 0],
    ['no FAMs', TEMP, [], '2026-02-01', 0],
  ] as [string, string, [string, string][], string, number][])('%s', (_n, uln, fams, fpd, expected) => {
    const f = findingsOf(ULN_09, '2526', ulnSpec(uln, [aim({}, fams)], fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const JAN1 = '2021-01-01';
  const ldm = aim21({}, [['LDM', '034']]);
  it.each<UlnCase>([
    ['ULNConditionMet_True', TEMP, [ldm], JAN1, 1],
    ['ULNConditionMet_False: ULN 1111111111', '1111111111', [ldm], JAN1, 0],
    ['FilePrepDateConditionMet_True: prepared on 1 January', TEMP, [ldm], JAN1, 1],
    ['FilePrepDateConditionMet_False: prepared a year before', TEMP, [ldm], '2020-01-01', 0],
    ['LearningDeliveryFAMConditionMet_True: LDM 034', TEMP, [ldm], JAN1, 1],
    ['LearningDeliveryFAMConditionMet_False_FAMType: SOF 034', TEMP, [aim21({}, [['SOF', '034']])], JAN1, 0],
    ['LearningDeliveryFAMConditionMet_False_NullFAMS: no FAMs', TEMP, [aim21({})], JAN1, 0],
    ['ConditionMet_True', TEMP, [ldm], JAN1, 1],
    ['ConditionMet_False_ULN', '1111111111', [ldm], JAN1, 0],
    ['ConditionMet_False_FilePrepDate', TEMP, [ldm], '2020-01-01', 0],
    ['ConditionMet_False_FAMType: SOF 034', TEMP, [aim21({}, [['SOF', '034']])], JAN1, 0],
    ['Validate_Error: LDM 034', TEMP, [ldm], JAN1, 1],
    ['Validate_NoError: SOF 034', TEMP, [aim21({}, [['SOF', '034']])], JAN1, 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_09, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});
