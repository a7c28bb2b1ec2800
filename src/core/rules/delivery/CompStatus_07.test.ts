import { aimFindings } from './delivery-testing';
import { CompStatus_07 } from './CompStatus_07';

const standard = { AimType: 1, FundModel: 36, ProgType: 25, LearnActEndDate: '2026-06-10', AchDate: '2026-06-20', Outcome: 1 };
describe('CompStatus_07: a standard programme aim with an Achievement date is completed', () => {
  it.each([
    ['withdrawn with AchDate', { ...standard, CompStatus: 3, WithdrawReason: 2 }, 1],
    ['completed with AchDate', { ...standard, CompStatus: 2 }, 0],
    ['no AchDate', { ...standard, CompStatus: 3, AchDate: null }, 0],
    ['ended before 1 August 2019', { ...standard, CompStatus: 3, LearnActEndDate: '2019-07-31', AchDate: '2019-08-20' }, 0],
    ['component aim', { ...standard, CompStatus: 3, AimType: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(CompStatus_07, fields)).toHaveLength(n));
});
