import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { CompStatus_05 } from './CompStatus_05';

describe('CompStatus_05: a continuing aim has no Outcome', () => {
  it.each([
    ['continuing with Outcome 8', { CompStatus: 1, Outcome: 8 }, 1],
    ['continuing without Outcome', { CompStatus: 1 }, 0],
    ['completed with Outcome', { CompStatus: 2, LearnActEndDate: '2026-01-10', Outcome: 1 }, 0],
    ['apprenticeship standard excluded', { CompStatus: 1, Outcome: 8, FundModel: 36, ProgType: 25 }, 0],
    ['Skills Bootcamp excluded', { CompStatus: 1, Outcome: 8, FundModel: 37, ProgType: 32 }, 0],
    ['FundModel 37 without ProgType 32 is not excluded', { CompStatus: 1, Outcome: 8, FundModel: 37 }, 1],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(CompStatus_05, fields)).toHaveLength(n);
  });
});

describe('2020-21 variant: only FundModel 36 standards excluded; no Skills Bootcamp exclusion', () => {
  it.each([
    ['2526', 'FM99 standard excluded in 2025-26', { CompStatus: 1, Outcome: 8, FundModel: 99, ProgType: 25 }, 0],
    ['2021', 'FM99 standard fires in 2020-21', { CompStatus: 1, Outcome: 8, FundModel: 99, ProgType: 25 }, 1],
    ['2021', 'FM36 standard excluded', { CompStatus: 1, Outcome: 8, FundModel: 36, ProgType: 25 }, 0],
    ['2021', 'FM37/PT32 (bootcamp codes) fires in 2020-21', { CompStatus: 1, Outcome: 8, FundModel: 37, ProgType: 32 }, 1],
  ])('year %s: %s', (y, _n, fields, n) => expect(yearFindings(CompStatus_05, y, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_05RuleTests. The Excluded tests are whole aims meeting the condition (CompStatus 1, Outcome 1).
  const met = { CompStatus: 1, Outcome: 1 };
  it.each([
    ['Excluded_True (25, 36)', { ...met, ProgType: 25, FundModel: 36 }, 0],
    ['Excluded_False_Incorrect_FundModel (25, 81)', { ...met, ProgType: 25, FundModel: 81 }, 1],
    ['Excluded_False_Incorrect_ProgType (2, 36)', { ...met, ProgType: 2, FundModel: 36 }, 1],
    ['ConditionMet_True, Validate_Error', met, 1],
    ['ConditionMet_False_Outcome', { CompStatus: 1 }, 0],
    ['ConditionMet_False_CompStatus', { Outcome: 1, CompStatus: 2 }, 0],
    ['Validate_NoErrors', {}, 0],
    ['Validate_NoErrors_Exclusion (CompStatus left 0)', { FundModel: 36, Outcome: 1, ProgType: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_05, fields)).toHaveLength(n));
});
