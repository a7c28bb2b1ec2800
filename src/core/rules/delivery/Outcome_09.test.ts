import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { Outcome_09 } from './Outcome_09';

describe('Outcome_09: Outcome 8 only when completed', () => {
  it.each([
    ['completed, not yet known', { CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 8 }, 0],
    ['withdrawn, not yet known', { CompStatus: 3, LearnActEndDate: '2026-06-10', Outcome: 8 }, 1],
    ['continuing, not yet known', { CompStatus: 1, Outcome: 8 }, 1],
    ['withdrawn, no achievement', { CompStatus: 3, LearnActEndDate: '2026-06-10', Outcome: 3 }, 0],
    ['apprenticeship standard programme aim excluded', { CompStatus: 1, Outcome: 8, AimType: 1, FundModel: 36, ProgType: 25 }, 0],
    ['Skills Bootcamp excluded', { CompStatus: 1, Outcome: 8, FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(Outcome_09, fields)).toHaveLength(n));
});

describe('2020-21 variant: every ProgType 25 aim and every FundModel 36 aim excluded, whatever its AimType', () => {
  it.each([
    ['2526', 'FundModel 36 framework aim (ProgType 3) fires in 2025-26', { CompStatus: 1, Outcome: 8, AimType: 1, FundModel: 36, ProgType: 3 }, 1],
    ['2021', 'FundModel 36 framework aim (ProgType 3) excluded in 2020-21', { CompStatus: 1, Outcome: 8, AimType: 1, FundModel: 36, ProgType: 3 }, 0],
    ['2021', 'standard component aim (AimType 3, FM36, PT25) excluded', { CompStatus: 1, Outcome: 8, AimType: 3, FundModel: 36, ProgType: 25 }, 0],
    ['2021', 'trailblazer (FM81, PT25) excluded', { CompStatus: 1, Outcome: 8, AimType: 1, FundModel: 81, ProgType: 25 }, 0],
    ['2021', 'FM37/PT32 (bootcamp codes) fires in 2020-21', { CompStatus: 1, Outcome: 8, FundModel: 37, ProgType: 32 }, 1],
    ['2021', 'adult skills aim fires', { CompStatus: 1, Outcome: 8 }, 1],
  ])('year %s: %s', (y, _n, fields, n) => expect(yearFindings(Outcome_09, y, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From Outcome_09RuleTests. A test of one condition is a whole aim meeting the others (ConditionMet_True: Outcome 8,
  // CompStatus 3, FundModel 35, ProgType 20).
  const met = { Outcome: 8, CompStatus: 3, FundModel: 35, ProgType: 20 };
  it.each([
    ['ConditionMet_True, OutcomeConditionMet_True (8)', met, 1],
    ['OutcomeConditionMet_False (null)', { ...met, Outcome: null }, 0],
    ['OutcomeConditionMet_False (0)', { ...met, Outcome: 0 }, 0],
    ['CompStatusConditionMet_True (1)', { ...met, CompStatus: 1 }, 1],
    ['CompStatusConditionMet_False (2)', { ...met, CompStatus: 2 }, 0],
    ['ConditionMet_FalseNullOutcome (null, 1, 81, 24)', { CompStatus: 1, FundModel: 81, ProgType: 24 }, 0],
    ['ConditionMet_FalseCompStatus (8, 2, 35, 25)', { Outcome: 8, CompStatus: 2, FundModel: 35, ProgType: 25 }, 0],
    ['ConditionMet_FalseFundModel (8, 1, 36, 24)', { Outcome: 8, CompStatus: 1, FundModel: 36, ProgType: 24 }, 0],
    ['ConditionMet_FalseFundModelProgType (8, 1, 35, 25), ExceptionConditionMet_Fails (35, 25)', { Outcome: 8, CompStatus: 1, FundModel: 35, ProgType: 25 }, 0],
    ['ExceptionConditionMet_Pass (81, 24), ValidateError', { Outcome: 8, CompStatus: 1, FundModel: 81, ProgType: 24 }, 1],
    ['ExceptionConditionMet_Fails_DuetoNullProgType (35, null: expects true)', { Outcome: 8, CompStatus: 1, FundModel: 35 }, 1],
    ['ValidateNoError (8, 3, 25, 36)', { Outcome: 8, CompStatus: 3, ProgType: 25, FundModel: 36 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(Outcome_09, fields)).toHaveLength(n));
});
