import { heFindings, type HeCase } from './he-testing';
import { PCOLAB_01 } from './PCOLAB_01';

const AIM = { LearnStartDate: '2025-09-01', PartnerUKPRN: '10000002' };

describe('PCOLAB_01: PCOLAB must be returned for aims started from 2013-08-01', () => {
  it.each<[string, HeCase, number]>([
    ['PCOLAB not returned', { he: { PCOLAB: null }, aim: AIM }, 1],
    ['PCOLAB not returned, started 2013-08-01 (boundary)', { he: { PCOLAB: null }, aim: { ...AIM, LearnStartDate: '2013-08-01' } }, 1],
    ['PCOLAB not returned, started 2013-07-31', { he: { PCOLAB: null }, aim: { ...AIM, LearnStartDate: '2013-07-31' } }, 0],
    ['PCOLAB returned', { he: { PCOLAB: '50' }, aim: AIM }, 0],
    ['no HE record', { he: null, aim: AIM }, 0],
    ['no PartnerUKPRN, no PCOLAB', { he: { PCOLAB: null }, aim: { PartnerUKPRN: null } }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(PCOLAB_01, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'PCOLAB_01', severity: 'error', entity: 'LearningDeliveryHE', field: 'PCOLAB', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: 2013-08-01, PartnerUKPRN 1, PCOLAB null', { aim: { LearnStartDate: '2013-08-01', PartnerUKPRN: 1 }, he: { PCOLAB: null } }, 1],
    ['ConditionMet_False_PartnerUKPRN: null', { aim: { LearnStartDate: '2013-08-01' }, he: { PCOLAB: null } }, 0],
    ['ConditionMet_False_PCOLAB: 1.0', { aim: { LearnStartDate: '2013-08-01', PartnerUKPRN: 1 }, he: { PCOLAB: '1.0' } }, 0],
    ['ConditionMet_False_LearnStartDate: 2013-07-31', { aim: { LearnStartDate: '2013-07-31', PartnerUKPRN: 1 }, he: { PCOLAB: null } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(PCOLAB_01, '2021', c)).toHaveLength(n));
});
