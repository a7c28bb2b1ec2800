import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_140 } from './R_140';

const closed = { CompStatus: 3, LearnActEndDate: '2025-12-01', WithdrawReason: 40, Outcome: 3 };

describe('R_140: open bootcamp components under a closed programme aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['programme closed, component open', [bootcamp(1, 1, closed), bootcamp(2, 3)], 1],
    ['both closed', [bootcamp(1, 1, closed), bootcamp(2, 3, closed)], 0],
    ['both open', [bootcamp(1, 1), bootcamp(2, 3)], 0],
    ['component of another contract', [bootcamp(1, 1, closed), bootcamp(2, 3, { ConRefNumber: 'SB-2' })], 0],
    ['an earlier programme closed, the latest open', [bootcamp(3, 1, { ...closed, LearnStartDate: '2025-08-01' }), bootcamp(1, 1, { LearnStartDate: '2026-01-05' }), bootcamp(2, 3)], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_140, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_140', field: 'LearnActEndDate', aimSeqNumber: '2' });
  });

  it("marks the programme aim's end as related", () => {
    expect(learnerFindings(R_140, { LearningDelivery: [bootcamp(1, 1, closed), bootcamp(2, 3)] }).map(relatedOf)).toEqual([['LearnActEndDate=2025-12-01']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_140, { LearningDelivery: [bootcamp(1, 1, closed), bootcamp(2, 3)] }, '2021')).toHaveLength(0);
  });
});
