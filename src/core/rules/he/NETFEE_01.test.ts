import { heFindings, type HeCase } from './he-testing';
import { NETFEE_01 } from './NETFEE_01';

describe('NETFEE_01: without an SSN, NETFEE must be returned', () => {
  it.each<[string, HeCase, number]>([
    ['no SSN, no NETFEE', { he: { SSN: null, NETFEE: null, GROSSFEE: null } }, 1],
    ['no SSN, no NETFEE, started 2012-08-01 (boundary)', { he: { SSN: null, NETFEE: null }, aim: { LearnStartDate: '2012-08-01' } }, 1],
    ['no SSN, no NETFEE, started 2012-07-31', { he: { SSN: null, NETFEE: null }, aim: { LearnStartDate: '2012-07-31' } }, 0],
    ['SSN returned, no NETFEE', { he: { NETFEE: null } }, 0],
    ['no SSN, NETFEE 0', { he: { SSN: null, NETFEE: 0 } }, 0],
    ['no HE record', { he: null }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(NETFEE_01, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'NETFEE_01', severity: 'error', field: 'NETFEE', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: 2012-08-01, SSN null, NETFEE null', { aim: { LearnStartDate: '2012-08-01' }, he: { SSN: null, NETFEE: null } }, 1],
    ['ConditionMet_False_SSN: SSN returned', { aim: { LearnStartDate: '2012-08-01' }, he: { NETFEE: null } }, 0],
    ['ConditionMet_False_LearnStartDate: 2012-07-01', { aim: { LearnStartDate: '2012-07-01' }, he: { SSN: null, NETFEE: null } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(NETFEE_01, '2021', c)).toHaveLength(n));
});
