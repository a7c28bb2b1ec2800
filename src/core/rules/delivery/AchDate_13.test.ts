import { aimFindings } from './delivery-testing';
import { AchDate_13 } from './AchDate_13';

const bootcamp = { AimType: 1, FundModel: 37, ProgType: 32, CompStatus: 2, LearnActEndDate: '2025-12-31', Outcome: 1 };
describe('AchDate_13: a Skills Bootcamp is achieved within six months of ending', () => {
  it.each([
    ['six months to the day (30 June)', '2026-06-30', 0],
    ['a day later', '2026-07-01', 1],
    ['a month after', '2026-01-31', 0],
  ])('%s', (_n, ach, n) => expect(aimFindings(AchDate_13, { ...bootcamp, AchDate: ach })).toHaveLength(n));
  it('other programmes are not checked', () => {
    expect(aimFindings(AchDate_13, { ...bootcamp, ProgType: 25, AchDate: '2026-07-20' })).toHaveLength(0);
  });
});
