import { aimFindings, esfaFindings } from './delivery-testing';
import { Outcome_01 } from './Outcome_01';

describe('Outcome_01: valid Outcome', () => {
  it.each([[1, 0], [2, 0], [3, 0], [8, 0], [4, 1], [9, 1], [null, 0]])('Outcome %s → %s finding(s)', (out, n) => {
    expect(aimFindings(Outcome_01, { CompStatus: 2, LearnActEndDate: '2026-06-01', Outcome: out })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From Outcome_01RuleTests (ESFA's list of valid outcomes, 1, 2, 3 and 8, is the 2020-21 lookup's).
  it.each([
    ['ConditionMet_True (0), ValidateError', { Outcome: 0 }, 1],
    ['ConditionMet_False (null), ValidateNoError (null)', {}, 0],
    ['ConditionMet_False (1), ValidateNoError (1)', { Outcome: 1 }, 0],
    ['ConditionMet_False (2), ValidateNoError (2)', { Outcome: 2 }, 0],
    ['ConditionMet_False (3), ValidateNoError (3)', { Outcome: 3 }, 0],
    ['ConditionMet_False (8), ValidateNoError (8)', { Outcome: 8 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(Outcome_01, fields)).toHaveLength(n));
});
