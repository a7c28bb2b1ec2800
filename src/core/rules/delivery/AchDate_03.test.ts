import { aimFindings } from './delivery-testing';
import { AchDate_03 } from './AchDate_03';

describe('AchDate_03: the Achievement date is not before the start date', () => {
  it.each([['2025-08-31', 1], ['2025-09-01', 0], ['2025-09-02', 0]])('AchDate %s (start 2025-09-01) → %s', (ach, n) => {
    expect(aimFindings(AchDate_03, { CompStatus: 2, LearnActEndDate: '2025-08-31', Outcome: 1, AchDate: ach })).toHaveLength(n);
  });
  it('Skills Bootcamps are excluded', () => {
    expect(aimFindings(AchDate_03, { AchDate: '2025-08-01', FundModel: 37, ProgType: 32 })).toHaveLength(0);
  });
});
