import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { Outcome_05 } from './Outcome_05';

describe('Outcome_05: an achieved aim has an actual end date', () => {
  it.each([
    ['achieved without an end date', { CompStatus: 2, Outcome: 1, LearnActEndDate: null }, 1],
    ['achieved with an end date', { CompStatus: 2, Outcome: 1, LearnActEndDate: '2026-06-10' }, 0],
    ['not achieved without an end date', { CompStatus: 2, Outcome: 3, LearnActEndDate: null }, 0],
    ['Skills Bootcamp excluded', { CompStatus: 2, Outcome: 1, LearnActEndDate: null, FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(Outcome_05, fields)).toHaveLength(n);
  });
});

describe('2020-21 variant: no Skills Bootcamp exclusion', () => {
  it('an achieved FM37/PT32 aim without an end date fires in 2020-21', () => {
    expect(yearFindings(Outcome_05, '2021', { CompStatus: 2, Outcome: 1, FundModel: 37, ProgType: 32 })).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From Outcome_05RuleTests. A test of one condition is a whole aim meeting the other (Outcome 1, no LearnActEndDate).
  it.each([
    ['OutcomeConditionMet_True, LearnActEndDateConditionMet_True, ConditionMet_True, ValidateError', { Outcome: 1 }, 1],
    ['OutcomeConditionMet_False (null)', {}, 0],
    ['OutcomeConditionMet_False (0), ConditionMet_False_Outcome', { Outcome: 0 }, 0],
    ['LearnActEndDateConditionMet_False, ConditionMet_False_LearnActEndDate, ValidateNoError', { Outcome: 1, LearnActEndDate: '2018-01-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(Outcome_05, fields)).toHaveLength(n));
});
