import { heFindings, type HeCase } from './he-testing';
import { GROSSFEE_02 } from './GROSSFEE_02';

describe('GROSSFEE_02: GROSSFEE not less than NETFEE', () => {
  it.each<[string, HeCase, number]>([
    ['GROSSFEE 8999 < NETFEE 9000', { he: { NETFEE: 9000, GROSSFEE: 8999 } }, 1],
    ['GROSSFEE = NETFEE (boundary)', { he: { NETFEE: 9000, GROSSFEE: 9000 } }, 0],
    ['GROSSFEE 9001 > NETFEE 9000', { he: { NETFEE: 9000, GROSSFEE: 9001 } }, 0],
    ['no NETFEE', { he: { NETFEE: null, GROSSFEE: 10 } }, 0],
    ["no GROSSFEE (GROSSFEE_01's)", { he: { NETFEE: 9000, GROSSFEE: null } }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(GROSSFEE_02, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'GROSSFEE_02', field: 'GROSSFEE', value: '8999', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: NETFEE 2, GROSSFEE 1', { he: { NETFEE: 2, GROSSFEE: 1 } }, 1],
    ['ConditionMet_False: NETFEE 1, GROSSFEE 2', { he: { NETFEE: 1, GROSSFEE: 2 } }, 0],
    ['ConditionMet_False: NETFEE null, GROSSFEE 1', { he: { NETFEE: null, GROSSFEE: 1 } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(GROSSFEE_02, '2021', c)).toHaveLength(n));
});
