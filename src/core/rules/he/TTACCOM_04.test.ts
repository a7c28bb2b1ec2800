import { heFindings, type HeCase } from './he-testing';
import { TTACCOM_04 } from './TTACCOM_04';

const older = (start: string) => [{ LearnAimRef: 'Z0001234', AimSeqNumber: 2, LearnStartDate: start, FundModel: 99 }];

describe('TTACCOM_04: a full-time learner returns TTACCOM', () => {
  it.each<[string, HeCase, number]>([
    ['full-time, no LearnerHE', {}, 1],
    ['full-time, LearnerHE without TTACCOM', { learner: { LearnerHE: [{ UCASPERID: '1234567899' }] } }, 1],
    ['full-time, TTACCOM 1', { learner: { LearnerHE: [{ TTACCOM: 1 }] } }, 0],
    ['part-time (MODESTUD 3), no TTACCOM', { he: { MODESTUD: 3 } }, 0],
    ['sandwich year out (MODESTUD 2), no TTACCOM', { he: { MODESTUD: 2 } }, 0],
    ['full-time, no TTACCOM, earliest start 2013-08-01 (boundary)', { aim: { LearnStartDate: '2013-08-01' } }, 1],
    ['full-time, no TTACCOM, an earlier aim started 2013-07-31 (DD06)', { more: older('2013-07-31') }, 0],
    ['no HE record', { he: null }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(TTACCOM_04, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'TTACCOM_04', entity: 'LearnerHE', field: 'TTACCOM', aimSeqNumber: '1' });
      if (n) expect(f[0]!.related).toEqual([expect.objectContaining({ field: 'MODESTUD', value: '1' })]);
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['Validate_Error: TTACCOM null, MODESTUD 1, DD06 2013-08-01', { learner: { LearnerHE: [{}] }, aim: { LearnStartDate: '2013-08-01' } }, 1],
    ['Validate_NoError: TTACCOM 1, MODESTUD 2, DD06 2013-08-01', { learner: { LearnerHE: [{ TTACCOM: 1 }] }, he: { MODESTUD: 2 }, aim: { LearnStartDate: '2013-08-01' } }, 0],
    ['Validate_NoError: TTACCOM null, MODESTUD 2, DD06 2013-08-01', { learner: { LearnerHE: [{}] }, he: { MODESTUD: 2 }, aim: { LearnStartDate: '2013-08-01' } }, 0],
    ['Validate_NoError: TTACCOM null, MODESTUD 1, DD06 2013-07-31', { learner: { LearnerHE: [{}] }, aim: { LearnStartDate: '2013-07-31' } }, 0],
    ['LearningDeliveryHEConditionMet: MODESTUD 0', { he: { MODESTUD: 0 } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(TTACCOM_04, '2021', c)).toHaveLength(n));
});
