import { heFindings, type HeCase } from './he-testing';
import { SPECFEE_02 } from './SPECFEE_02';

describe('SPECFEE_02: sandwich year out needs SPECFEE 1', () => {
  it.each<[string, HeCase, number]>([
    ['MODESTUD 2, SPECFEE 0', { he: { MODESTUD: 2, SPECFEE: 0 } }, 1],
    ['MODESTUD 2, SPECFEE 1', { he: { MODESTUD: 2, SPECFEE: 1 } }, 0],
    ['MODESTUD 1, SPECFEE 0', { he: { MODESTUD: 1, SPECFEE: 0 } }, 0],
    ['MODESTUD 2, SPECFEE 9, started 2009-08-01 (boundary)', { he: { MODESTUD: 2, SPECFEE: 9 }, aim: { LearnStartDate: '2009-08-01' } }, 1],
    ['MODESTUD 2, SPECFEE 9, started 2009-07-31', { he: { MODESTUD: 2, SPECFEE: 9 }, aim: { LearnStartDate: '2009-07-31' } }, 0],
    ['MODESTUD 2, SPECFEE not returned (FD)', { he: { MODESTUD: 2, SPECFEE: null } }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(SPECFEE_02, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'SPECFEE_02', field: 'SPECFEE', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: 2009-08-01, MODESTUD 2, SPECFEE 2', { aim: { LearnStartDate: '2009-08-01' }, he: { MODESTUD: 2, SPECFEE: 2 } }, 1],
    ['ConditionMet_False: SPECFEE 1', { aim: { LearnStartDate: '2009-08-01' }, he: { MODESTUD: 2, SPECFEE: 1 } }, 0],
    ['ConditionMet_False: 2009-07-31', { aim: { LearnStartDate: '2009-07-31' }, he: { MODESTUD: 2, SPECFEE: 2 } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(SPECFEE_02, '2021', c)).toHaveLength(n));
});
