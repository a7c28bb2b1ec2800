import { aimFindings } from './delivery-testing';
import { LearnPlanEndDate_03 } from './LearnPlanEndDate_03';

describe('LearnPlanEndDate_03: the planned end date is less than 10 years after the start', () => {
  it.each([['2035-08-31', 0], ['2035-09-01', 1], ['2035-09-02', 1], ['2026-06-30', 0]])('planned end %s (start 2025-09-01) → %s', (plan, n) => {
    expect(aimFindings(LearnPlanEndDate_03, { LearnPlanEndDate: plan })).toHaveLength(n);
  });
});
