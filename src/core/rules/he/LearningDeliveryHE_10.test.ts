import { heFindings, type HeCase } from './he-testing';
import { LearningDeliveryHE_10 } from './LearningDeliveryHE_10';

describe('LearningDeliveryHE_10: no HE record on a programme aim started from 1 August 2025', () => {
  it.each<[string, HeCase, number]>([
    ['programme aim, started 2025-08-01 (boundary), HE', { aim: { AimType: 1, LearnStartDate: '2025-08-01' } }, 1],
    ['programme aim, started 2025-07-31, HE', { aim: { AimType: 1, LearnStartDate: '2025-07-31' } }, 0],
    ['programme aim, started 2025-08-02, no HE', { aim: { AimType: 1, LearnStartDate: '2025-08-02' }, he: null }, 0],
    ['component aim (AimType 3), HE', { aim: { AimType: 3 } }, 0],
    ['standalone aim (AimType 4), HE', {}, 0],
  ])('%s', (_n, c, n) => {
    const f = heFindings(LearningDeliveryHE_10, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'LearningDeliveryHE_10', entity: 'LearningDeliveryHE', aimSeqNumber: '1' });
  });

  it('does not exist in 2020-21', () => {
    expect(heFindings(LearningDeliveryHE_10, '2021', { aim: { AimType: 1 } })).toEqual([]);
  });
});
