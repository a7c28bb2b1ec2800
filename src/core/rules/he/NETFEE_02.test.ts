import { heFindings } from './he-testing';
import { NETFEE_02 } from './NETFEE_02';

describe('NETFEE_02: NETFEE not greater than £9535', () => {
  it.each<[string, number | null, number]>([
    ['9536', 9536, 1],
    ['9535 (boundary)', 9535, 0],
    ['9534', 9534, 0],
    ['not returned', null, 0],
  ])('%s', (_n, fee, n) => {
    const f = heFindings(NETFEE_02, '2526', { he: { NETFEE: fee, GROSSFEE: 20000 } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'NETFEE_02', severity: 'warning', field: 'NETFEE', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number | null, number]>([
    ['ConditionMet_True: 9100', 9100, 1],
    ['ConditionMet_False: 1000', 1000, 0],
    ['ConditionMet_False: 7000', 7000, 0],
    ['9000 (boundary)', 9000, 0],
    ['9001', 9001, 1],
    ['not returned', null, 0],
  ])('%s', (_n, fee, n) => {
    const f = heFindings(NETFEE_02, '2021', { he: { NETFEE: fee, GROSSFEE: 20000 } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]!.message).toContain('£9000');
  });
});
