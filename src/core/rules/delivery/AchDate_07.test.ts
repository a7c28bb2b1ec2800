import { aimFindings } from './delivery-testing';
import { AchDate_07 } from './AchDate_07';

describe('AchDate_07: the Achievement date is not after the file preparation date', () => {
  it.each([['2026-03-02', 1], ['2026-03-01', 0], ['2026-02-28', 0]])('AchDate %s (prepared 2026-03-01) → %s', (ach, n) =>
    expect(aimFindings(AchDate_07, { AchDate: ach }, '2526', '2026-03-01')).toHaveLength(n));
});
