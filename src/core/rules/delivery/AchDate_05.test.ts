import { aimFindings } from './delivery-testing';
import { AchDate_05 } from './AchDate_05';

describe('AchDate_05: the Achievement date is on or after the actual end date', () => {
  it.each([['2026-06-09', 1], ['2026-06-10', 0], ['2026-06-11', 0]])('AchDate %s (ended 2026-06-10) → %s', (ach, n) => {
    expect(aimFindings(AchDate_05, { CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 1, AchDate: ach })).toHaveLength(n);
  });
  it('Skills Bootcamps are excluded', () => {
    expect(aimFindings(AchDate_05, { LearnActEndDate: '2026-06-10', AchDate: '2026-06-01', FundModel: 37, ProgType: 32 })).toHaveLength(0);
  });
});
