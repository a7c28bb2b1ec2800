import { aimFindings } from './delivery-testing';
import { AchDate_11 } from './AchDate_11';

const standard = { AimType: 1, FundModel: 36, ProgType: 25, CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 1 };
describe('AchDate_11: a standard is achieved at least 7 days after it ended', () => {
  it.each([
    ['6 days after', '2026-06-16', 1],
    ['7 days after', '2026-06-17', 0],
    ['8 days after', '2026-06-18', 0],
  ])('%s', (_n, ach, n) => expect(aimFindings(AchDate_11, { ...standard, AchDate: ach })).toHaveLength(n));
  it('ended before 1 August 2019: not checked; not a programme aim: not checked', () => {
    expect(aimFindings(AchDate_11, { ...standard, LearnActEndDate: '2019-07-31', AchDate: '2019-08-01' }, '2021', '2021-07-31')).toHaveLength(0);
    expect(aimFindings(AchDate_11, { ...standard, AimType: 3, AchDate: '2026-06-11' })).toHaveLength(0);
  });
});
