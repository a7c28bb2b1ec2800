import { aimFindings } from './delivery-testing';
import { AchDate_04 } from './AchDate_04';

describe('AchDate_04: an Achievement date needs an actual end date', () => {
  it.each([
    ['AchDate without end date', { AchDate: '2026-06-20', LearnActEndDate: null }, 1],
    ['AchDate with end date', { AchDate: '2026-06-20', LearnActEndDate: '2026-06-10' }, 0],
    ['neither', { AchDate: null, LearnActEndDate: null }, 0],
    ['Skills Bootcamp excluded', { AchDate: '2026-06-20', FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(AchDate_04, fields)).toHaveLength(n);
  });
});
