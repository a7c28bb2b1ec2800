import { findingsOf } from '../testing';
import { aim, learner } from '../destination/dp-fixtures';
import { ADV_ContinuingPastPlannedEnd } from './ADV_ContinuingPastPlannedEnd';

const open = (o: Record<string, string | number | undefined> = {}) => aim({ CompStatus: 1, LearnActEndDate: undefined, Outcome: undefined, LearnPlanEndDate: '2025-06-30', ...o });

describe('ADV_ContinuingPastPlannedEnd', () => {
  it.each([
    ['as of the day after the planned end', open(), '2025-07-01', 1],
    ['as of the planned end date', open(), '2025-06-30', 0],
    ['as of the day before', open(), '2025-06-29', 0],
    ['completed aim', open({ CompStatus: 2, LearnActEndDate: '2025-06-30' }), '2025-09-01', 0],
    ['break in learning', open({ CompStatus: 6, LearnActEndDate: '2025-05-01' }), '2025-09-01', 0],
    ['planned end date typed as text', open({ LearnPlanEndDate: 'June' }), '2025-09-01', 0],
  ])('%s', (_n, a, asOf, expected) => {
    const f = findingsOf(ADV_ContinuingPastPlannedEnd, '2526', { Learner: [learner([a])] }, { asOf });
    expect(f).toHaveLength(expected);
    if (expected) {
      expect(f[0]).toMatchObject({ rule: 'ADV_ContinuingPastPlannedEnd', severity: 'advice', entity: 'LearningDelivery', field: 'CompStatus', value: '1', aimSeqNumber: '1' });
      expect(f[0]!.message).toMatch(/planned end date 2025-06-30 passed 1 day ago/);
    }
  });

  it('runs in 2020-21 too, once per aim', () => {
    const f = findingsOf(ADV_ContinuingPastPlannedEnd, '2021', { Learner: [learner([open(), open({ AimSeqNumber: 2 })])] }, { asOf: '2025-07-02' });
    expect(f.map((x) => x.aimSeqNumber)).toEqual(['1', '2']);
  });
});
