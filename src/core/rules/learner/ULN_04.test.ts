import { findingsOf } from '../testing';
import { aim, aim21, TEMP, ulnSpec } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_04 } from './ULN_04';

describe('ULN_04: ULN checksum', () => {
  it.each([
    ['valid check digit', '1061484938', 0],
    ['wrong check digit', '1061484935', 1],
    ['temporary ULN passes (DD01 = Y)', TEMP, 0],
    ['remainder 0: no valid check digit', '2000000010', 1],
    ['nine digits', '106148493', 1],
    ['letters', '10614849AB', 1],
    ['check digit 0', '1000000000', 0],
  ])('%s', (_n, uln, expected) => {
    const f = findingsOf(ULN_04, '2526', ulnSpec(uln, [aim({})]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'ULN_04', severity: 'error', entity: 'Learner', field: 'ULN', value: uln });
  });

  it('leaves a missing ULN to FD_ULN_MA', () => {
    expect(findingsOf(ULN_04, '2526', { Learner: [{ LearnRefNumber: 'L1', LearningDelivery: [aim({})] }] })).toHaveLength(0);
  });

  it('works the same in 2020-21', () => {
    expect(findingsOf(ULN_04, '2021', ulnSpec('1061484935', [aim({})], '2020-10-01'))).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases: ULN_04 and its DD01)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_False: 1000000043 (DD01 "Y")', '1000000043', 0],
    ['ConditionMet_False: 1000000043 (DD01 "3", its last digit)', '1000000043', 0],
    ['Validate_NoErrors: 1000000043', '1000000043', 0],
    ['Validate_Error: 1000000042', '1000000042', 1],
    ['DD01 Derive_UlnNotTenCharacters: 100000004', '100000004', 1],
    ['DD01 Derive_RemainderZero: 1000000063', '1000000063', 1],
    ['DD01 Derive_Correct: 1000000043', '1000000043', 0],
    ['DD01 Derive_TemporaryULN: 9999999999', TEMP, 0],
  ])('%s', (_n, uln, expected) => {
    expect(findingsOf(ULN_04, '2021', ulnSpec(uln, [aim21({})], '2020-10-01'))).toHaveLength(expected);
  });
});
