import { aimFindings, esfaFindings } from './delivery-testing';
import { Outcome_10 } from './Outcome_10';

describe('Outcome_10: no achievement is not valid while continuing', () => {
  it.each([[1, 3, 1], [1, 8, 0], [2, 3, 0], [3, 3, 0]])('CompStatus %s, Outcome %s → %s', (cs, out, n) =>
    expect(aimFindings(Outcome_10, { CompStatus: cs, Outcome: out, LearnActEndDate: cs === 1 ? null : '2026-06-10' })).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From Outcome_10RuleTests (the rule is the same in 2020-21). A test of one condition is a whole aim meeting the other
  // (Outcome 3, CompStatus 1). Left out: ValidateNoError_Null_learningDeliveries (a learner without aims).
  it.each([
    ['OutcomeConditionMet_True, CompStatusConditionMet_True, ConditionMet_True, ValidateError', { Outcome: 3, CompStatus: 1 }, 1],
    ['OutcomeConditionMet_False (null), ConditionMet_FalseNullOutcome', { CompStatus: 1 }, 0],
    ['OutcomeConditionMet_False (0)', { Outcome: 0, CompStatus: 1 }, 0],
    ['CompStatusConditionMet_False (2)', { Outcome: 3, CompStatus: 2 }, 0],
    ['ConditionMet_FalseCompStatus (8, 2)', { Outcome: 8, CompStatus: 2 }, 0],
    ['ValidateNoError (8, 3)', { Outcome: 8, CompStatus: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(Outcome_10, fields)).toHaveLength(n));
});
