import { heFindings, type HeCase } from './he-testing';
import { MODESTUD_03 } from './MODESTUD_03';

describe('MODESTUD_03: SPECFEE 4 or 5 needs MODESTUD 3', () => {
  it.each<[string, HeCase, number]>([
    ['SPECFEE 4, MODESTUD 1', { he: { SPECFEE: 4, MODESTUD: 1 } }, 1],
    ['SPECFEE 5, MODESTUD 2', { he: { SPECFEE: 5, MODESTUD: 2 } }, 1],
    ['SPECFEE 4, MODESTUD 3', { he: { SPECFEE: 4, MODESTUD: 3 } }, 0],
    ['SPECFEE 1, MODESTUD 1', { he: { SPECFEE: 1, MODESTUD: 1 } }, 0],
    ['SPECFEE 4, MODESTUD 1, started 2009-08-01 (boundary)', { he: { SPECFEE: 4, MODESTUD: 1 }, aim: { LearnStartDate: '2009-08-01' } }, 1],
    ['SPECFEE 4, MODESTUD 1, started 2009-07-31', { he: { SPECFEE: 4, MODESTUD: 1 }, aim: { LearnStartDate: '2009-07-31' } }, 0],
    ['SPECFEE 4, MODESTUD not returned (FD)', { he: { SPECFEE: 4, MODESTUD: null } }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(MODESTUD_03, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'MODESTUD_03', field: 'MODESTUD', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: 2018-09-01, SPECFEE 4, MODESTUD 1', { aim: { LearnStartDate: '2018-09-01' }, he: { SPECFEE: 4, MODESTUD: 1 } }, 1],
    ['ConditionMet_False_LearnStartDate: 2008-09-01', { aim: { LearnStartDate: '2008-09-01' }, he: { SPECFEE: 4, MODESTUD: 1 } }, 0],
    ['ConditionMet_False_SPECFEE: 1', { aim: { LearnStartDate: '2018-09-01' }, he: { SPECFEE: 1, MODESTUD: 1 } }, 0],
    ['ConditionMet_False_MODESTUD: 3', { aim: { LearnStartDate: '2018-09-01' }, he: { SPECFEE: 5, MODESTUD: 3 } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(MODESTUD_03, '2021', c)).toHaveLength(n));
});
