import { aimFindings } from './delivery-testing';
import { AchDate_12 } from './AchDate_12';

const standard = { AimType: 1, FundModel: 36, ProgType: 25, CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 8 };
describe('AchDate_12: a completed standard programme aim ended from 1 August 2021 has an Achievement date', () => {
  it.each([
    ['completed, no AchDate', { ...standard }, 1],
    ['completed with AchDate', { ...standard, Outcome: 1, AchDate: '2026-06-20' }, 0],
    ['withdrawn', { ...standard, CompStatus: 3, WithdrawReason: 2, Outcome: 3 }, 0],
    ['ended 2021-07-31', { ...standard, LearnActEndDate: '2021-07-31' }, 0],
    ['ended 2021-08-01', { ...standard, LearnActEndDate: '2021-08-01' }, 1],
    ['component aim', { ...standard, AimType: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AchDate_12, fields)).toHaveLength(n));
});
