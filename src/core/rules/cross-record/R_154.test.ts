import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_154 } from './R_154';

const event = (ref = 'Z0059747', extra: RecordSpec = {}) => bootcamp(2, 3, { LearnAimRef: ref, LearnStartDate: '2025-10-01', ...extra });

describe('R_154: no event aims on bootcamps started from 1 August 2025', () => {
  it.each<[string, RecordSpec[], number]>([
    ['started 1 August 2025 with an event aim', [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event()], 1],
    ['started 31 July 2025 with an event aim', [bootcamp(1, 1, { LearnStartDate: '2025-07-31' }), event()], 0],
    ['Z0009541', [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event('Z0009541')], 1],
    ['not an event aim', [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event('60146394')], 0],
    ['an event aim that is not a component (AimType 4)', [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event('Z0059747', { AimType: 4 })], 0],
    ['an event aim of another contract', [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event('Z0059747', { ConRefNumber: 'SB-2' })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_154, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_154', field: 'LearnAimRef', aimSeqNumber: '2' });
  });

  it("marks the bootcamp's first start as related", () => {
    expect(learnerFindings(R_154, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event()] }).map(relatedOf)).toEqual([['LearnStartDate=2025-08-01']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_154, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2025-08-01' }), event()] }, '2021')).toHaveLength(0);
  });
});
