import { heFindings, type HeCase } from './he-testing';
import { STULOAD_04 } from './STULOAD_04';

const AIM = { LearnStartDate: '2025-09-01' };

describe('STULOAD_04: STULOAD must be returned for aims started from 2013-08-01', () => {
  it.each<[string, HeCase, number]>([
    ['STULOAD not returned', { he: { STULOAD: null }, aim: AIM }, 1],
    ['STULOAD not returned, started 2013-08-01 (boundary)', { he: { STULOAD: null }, aim: { ...AIM, LearnStartDate: '2013-08-01' } }, 1],
    ['STULOAD not returned, started 2013-07-31', { he: { STULOAD: null }, aim: { ...AIM, LearnStartDate: '2013-07-31' } }, 0],
    ['STULOAD returned', { he: { STULOAD: '100' }, aim: AIM }, 0],
    ['no HE record', { he: null, aim: AIM }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(STULOAD_04, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'STULOAD_04', severity: 'error', entity: 'LearningDeliveryHE', field: 'STULOAD', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: 2013-08-01, STULOAD null', { aim: { LearnStartDate: '2013-08-01' }, he: { STULOAD: null } }, 1],
    ['ConditionMet_False: STULOAD 10', { aim: { LearnStartDate: '2013-08-01' }, he: { STULOAD: 10 } }, 0],
    ['ConditionMet_False_LearnStartDate: 2013-07-01', { aim: { LearnStartDate: '2013-07-01' }, he: { STULOAD: null } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(STULOAD_04, '2021', c)).toHaveLength(n));
});
