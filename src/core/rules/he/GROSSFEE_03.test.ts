import { heFindings } from './he-testing';
import { GROSSFEE_03 } from './GROSSFEE_03';

describe('GROSSFEE_03: GROSSFEE not greater than £9535', () => {
  it.each<[string, number | null, number]>([
    ['9536', 9536, 1],
    ['9535 (boundary)', 9535, 0],
    ['9534', 9534, 0],
    ['30001', 30001, 1],
    ['not returned', null, 0],
  ])('%s', (_n, fee, n) => {
    const f = heFindings(GROSSFEE_03, '2526', { he: { GROSSFEE: fee, NETFEE: null } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'GROSSFEE_03', severity: 'warning', field: 'GROSSFEE', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number | null, number]>([
    ['ConditionMet_False: null', null, 0],
    ['ConditionMet_False: 29000', 29000, 0],
    ['Validate_Error: 31000', 31000, 1],
    ['Validate_NoError: 5', 5, 0],
    ['30000 (boundary)', 30000, 0],
    ['30001', 30001, 1],
    ['9536: no warning in 2020-21', 9536, 0],
  ])('%s', (_n, fee, n) => {
    const f = heFindings(GROSSFEE_03, '2021', { he: { GROSSFEE: fee, NETFEE: null } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]!.message).toContain('£30000');
  });
});
