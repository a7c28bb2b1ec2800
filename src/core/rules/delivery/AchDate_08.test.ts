import { aimFindings } from './delivery-testing';
import { AchDate_08 } from './AchDate_08';

const trailblazer = { AimType: 1, FundModel: 81, ProgType: 25, CompStatus: 2, LearnActEndDate: '2026-06-10' };
describe('AchDate_08: an achieved trailblazer standard needs an Achievement date', () => {
  it.each([
    ['achieved, no AchDate', { ...trailblazer, Outcome: 1 }, 1],
    ['achieved with AchDate', { ...trailblazer, Outcome: 1, AchDate: '2026-06-20' }, 0],
    ['not achieved', { ...trailblazer, Outcome: 3 }, 0],
    ['component aim', { ...trailblazer, AimType: 3, Outcome: 1 }, 0],
    ['FundModel 36', { ...trailblazer, FundModel: 36, Outcome: 1 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AchDate_08, fields)).toHaveLength(n));
});
