import { aimFindings } from './delivery-testing';
import { LearnPlanEndDate_02 } from './LearnPlanEndDate_02';

describe('LearnPlanEndDate_02: the planned end date is not before the start date', () => {
  it.each([['2025-08-31', 1], ['2025-09-01', 0], ['2025-09-02', 0]])('planned end %s (start 2025-09-01) → %s', (plan, n) => {
    expect(aimFindings(LearnPlanEndDate_02, { LearnPlanEndDate: plan })).toHaveLength(n);
  });
});
