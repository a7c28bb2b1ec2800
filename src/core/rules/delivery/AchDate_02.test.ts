import { aimFindings } from './delivery-testing';
import { AchDate_02 } from './AchDate_02';

describe('AchDate_02: the Achievement date is within the collection year', () => {
  it.each([['2526', '2026-07-31', 0], ['2526', '2026-08-01', 1], ['2021', '2021-07-31', 0], ['2021', '2021-08-01', 1]])('year %s, AchDate %s → %s', (y, ach, n) =>
    expect(aimFindings(AchDate_02, { AchDate: ach }, y, y === '2021' ? '2021-07-31' : '2026-07-31')).toHaveLength(n));
});
