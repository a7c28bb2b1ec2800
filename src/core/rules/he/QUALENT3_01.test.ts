import { heFindings, type HeCase } from './he-testing';
import { QUALENT3_01 } from './QUALENT3_01';

const AIM = { LearnStartDate: '2025-09-01' };

describe('QUALENT3_01: QUALENT3 must be returned for aims started from 2010-08-01', () => {
  it.each<[string, HeCase, number]>([
    ['QUALENT3 not returned', { he: { QUALENT3: null }, aim: AIM }, 1],
    ['QUALENT3 not returned, started 2010-08-01 (boundary)', { he: { QUALENT3: null }, aim: { ...AIM, LearnStartDate: '2010-08-01' } }, 1],
    ['QUALENT3 not returned, started 2010-07-31', { he: { QUALENT3: null }, aim: { ...AIM, LearnStartDate: '2010-07-31' } }, 0],
    ['QUALENT3 returned', { he: { QUALENT3: 'X06' }, aim: AIM }, 0],
    ['no HE record', { he: null, aim: AIM }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(QUALENT3_01, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'QUALENT3_01', severity: 'error', entity: 'LearningDeliveryHE', field: 'QUALENT3', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: 2010-08-01, QUALENT3 null', { aim: { LearnStartDate: '2010-08-01' }, he: { QUALENT3: null } }, 1],
    ['ConditionMet_False: QUALENT3 X06', { aim: { LearnStartDate: '2010-08-01' }, he: { QUALENT3: 'X06' } }, 0],
    ['ConditionMet_False_LearnStartDate: 2010-07-01', { aim: { LearnStartDate: '2010-07-01' }, he: { QUALENT3: null } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(QUALENT3_01, '2021', c)).toHaveLength(n));
});
