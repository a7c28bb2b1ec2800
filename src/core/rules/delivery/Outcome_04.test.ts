import { aimFindings, esfaFindings } from './delivery-testing';
import { Outcome_04 } from './Outcome_04';

describe('Outcome_04: an Achievement date only with Outcome 1', () => {
  it.each([
    ['achieved with AchDate', { Outcome: 1, AchDate: '2026-06-20' }, 0],
    ['not achieved with AchDate', { Outcome: 3, AchDate: '2026-06-20' }, 1],
    ['outcome not known with AchDate', { Outcome: 8, AchDate: '2026-06-20' }, 1],
    ['not achieved without AchDate', { Outcome: 3 }, 0],
    ['apprenticeship standard excluded', { Outcome: 8, AchDate: '2026-06-20', FundModel: 36, ProgType: 25 }, 0],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(Outcome_04, { CompStatus: 2, LearnActEndDate: '2026-06-10', ...fields })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From Outcome_04RuleTests (the rule is the same in 2020-21). A test of one condition is a whole aim meeting the
  // others: an AchDate (2018-04-23 of HasAchievementDateMeetsExpectation; the Validate tests' "today") on a
  // traineeship aim (ProgType 24, as the Validate tests have it) and an Outcome other than 1.
  const met = { AchDate: '2018-04-23', ProgType: 24 };
  it.each([
    ['HasAchievementDateMeetsExpectation (null)', { ProgType: 24 }, 0],
    ['HasAchievementDateMeetsExpectation (2018-04-23), HasQualifyingOutcome (null), InvalidItemRaisesValidationMessage (null)', met, 1],
    ['HasQualifyingOutcome (1), ValidItemDoesNotRaiseAValidationMessage (1)', { ...met, Outcome: 1 }, 0],
    ['HasQualifyingOutcome (8), InvalidItemRaisesValidationMessage (8)', { ...met, Outcome: 8 }, 1],
    ['HasQualifyingOutcome (3), InvalidItemRaisesValidationMessage (3)', { ...met, Outcome: 3 }, 1],
    ['HasQualifyingOutcome (2), InvalidItemRaisesValidationMessage (2)', { ...met, Outcome: 2 }, 1],
    ['HasQualifyingOutcome (45), InvalidItemRaisesValidationMessage (45)', { ...met, Outcome: 45 }, 1],
    ['IsExcludedByFundModelAndProgTypeMeetsExpectation (25, 36)', { ...met, ProgType: 25, FundModel: 36 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(Outcome_04, fields)).toHaveLength(n));
});
