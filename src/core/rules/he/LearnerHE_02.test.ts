import { heFindings, type HeCase } from './he-testing';
import { LearnerHE_02 } from './LearnerHE_02';

const LHE = { LearnerHE: [{ TTACCOM: 1 }] };

describe('LearnerHE_02: LearnerHE needs a LearningDeliveryHE record', () => {
  it.each<[string, HeCase, number]>([
    ['LearnerHE, no aim with HE', { learner: LHE, he: null }, 1],
    ['LearnerHE, the aim has HE', { learner: LHE }, 0],
    ['LearnerHE, the second aim has HE', { learner: LHE, he: null, more: [{ AimSeqNumber: 2, LearnStartDate: '2025-09-01', LearningDeliveryHE: [{ MODESTUD: 1 }] }] }, 0],
    ['no LearnerHE, no HE', { he: null }, 0],
    ['no LearnerHE, HE', {}, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(LearnerHE_02, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'LearnerHE_02', entity: 'LearnerHE', learnRefNumber: 'L0001' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet: no LearnerHE', { he: null }, 0],
    ['ConditionMet: LearnerHE and a delivery with HE', { learner: LHE }, 0],
    ['ConditionMet fails: LearnerHE and deliveries without HE', { learner: LHE, he: null }, 1],
  ])('%s', (_n, c, n) => expect(heFindings(LearnerHE_02, '2021', c)).toHaveLength(n));
});
