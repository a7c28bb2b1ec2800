import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
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

describe('2020-21 variant: achieved traineeship programme aims need an Achievement date too', () => {
  const trainee = { AimType: 1, FundModel: 35, ProgType: 24, CompStatus: 2, Outcome: 1 };
  it.each([
    ['2526', 'traineeship programme aim, no AchDate: not in the 2025-26 rule', { ...trainee, LearnActEndDate: '2026-06-10' }, 0],
    ['2021', 'traineeship programme aim, no AchDate', { ...trainee, LearnActEndDate: '2021-06-10' }, 1],
    ['2021', 'traineeship programme aim with AchDate', { ...trainee, LearnActEndDate: '2021-06-10', AchDate: '2021-06-20' }, 0],
    ['2021', 'traineeship component aim', { ...trainee, AimType: 3, LearnActEndDate: '2021-06-10' }, 0],
    ['2021', 'trailblazer, no AchDate', { ...trailblazer, LearnActEndDate: '2021-06-10', Outcome: 1 }, 1],
  ])('year %s: %s', (y, _n, fields, n) =>
    expect(yearFindings(AchDate_08, y, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_08RuleTests. A test of one condition (ProgTypeConditionMet, OutcomeConditionMet, …) is a whole aim
  // meeting the others: programme aim (AimType 1), trailblazer (ProgType 25, FundModel 81), Outcome 1, no AchDate.
  const met = { AimType: 1, ProgType: 25, FundModel: 81, Outcome: 1 };
  it.each([
    ['ProgTypeConditionMet_True (24, 1)', { ...met, ProgType: 24, FundModel: 1 }, 1],
    ['ProgTypeConditionMet_True (25, 81), AimType/Outcome/AchDate…Met_True, ConditionMet_True, ValidateError', met, 1],
    ['ProgTypeConditionMet_False (20, 81)', { ...met, ProgType: 20 }, 0],
    ['ProgTypeConditionMet_False (25, 1)', { ...met, FundModel: 1 }, 0],
    ['ProgTypeConditionMet_False (null, 1)', { ...met, ProgType: null, FundModel: 1 }, 0],
    ['ConditionMet_False_ProgType (0, 81)', { ...met, ProgType: 0 }, 0],
    ['AimTypeConditionMet_False (0), ConditionMet_False_AimType', { ...met, AimType: 0 }, 0],
    ['OutcomeConditionMet_False (null)', { ...met, Outcome: null }, 0],
    ['OutcomeConditionMet_False (0), ConditionMet_False_Outcome', { ...met, Outcome: 0 }, 0],
    ['AchDateConditionMet_False, ConditionMet_False_AchDate, ValidateNoError', { ...met, AchDate: '2015-01-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_08, fields)).toHaveLength(n));
});
