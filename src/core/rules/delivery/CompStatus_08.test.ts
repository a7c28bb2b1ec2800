import { aimFindings } from './delivery-testing';
import { CompStatus_08 } from './CompStatus_08';

const bootcamp = { AimType: 1, FundModel: 37, ProgType: 32, LearnActEndDate: '2026-03-10', AchDate: '2026-04-20', Outcome: 1 };
describe('CompStatus_08: a Skills Bootcamp programme aim with an Achievement date is completed', () => {
  it.each([
    ['continuing with AchDate', { ...bootcamp, CompStatus: 1 }, 1],
    ['completed with AchDate', { ...bootcamp, CompStatus: 2 }, 0],
    ['no AchDate', { ...bootcamp, CompStatus: 1, AchDate: null }, 0],
    ['not a bootcamp', { ...bootcamp, CompStatus: 1, FundModel: 35, ProgType: null }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(CompStatus_08, fields)).toHaveLength(n));
});
