import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec } from '../../../../test/unit/rules-engine/uln-fixtures';
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
