import { heFindings, type HeCase } from './he-testing';
import { GROSSFEE_01 } from './GROSSFEE_01';

describe('GROSSFEE_01: NETFEE needs GROSSFEE', () => {
  it.each<[string, HeCase, number]>([
    ['NETFEE without GROSSFEE', { he: { NETFEE: 9000, GROSSFEE: null } }, 1],
    ['NETFEE 0 without GROSSFEE', { he: { NETFEE: 0, GROSSFEE: null } }, 1],
    ['both returned', {}, 0],
    ['neither returned', { he: { NETFEE: null, GROSSFEE: null } }, 0],
    ['GROSSFEE without NETFEE', { he: { NETFEE: null } }, 0],
    ['no HE record', { he: null }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(GROSSFEE_01, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'GROSSFEE_01', severity: 'error', entity: 'LearningDeliveryHE', field: 'GROSSFEE', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: NETFEE 1, GROSSFEE null', { he: { NETFEE: 1, GROSSFEE: null } }, 1],
    ['ConditionMet_False: NETFEE 1, GROSSFEE 1', { he: { NETFEE: 1, GROSSFEE: 1 } }, 0],
    ['ConditionMet_False: NETFEE null', { he: { NETFEE: null, GROSSFEE: null } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(GROSSFEE_01, '2021', c)).toHaveLength(n));
});
