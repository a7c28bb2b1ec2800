import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { CompStatus_06 } from './CompStatus_06';

describe('CompStatus_06: withdrawn or on a break cannot be achieved or "not yet known"', () => {
  it.each([[3, 1, 1], [3, 8, 1], [6, 1, 1], [6, 8, 1], [3, 3, 0], [3, 2, 0], [2, 1, 0], [2, 8, 0]])('CompStatus %s, Outcome %s → %s', (cs, out, n) => {
    expect(aimFindings(CompStatus_06, { CompStatus: cs, LearnActEndDate: '2026-01-10', Outcome: out })).toHaveLength(n);
  });
  it('Skills Bootcamps are excluded', () => {
    expect(aimFindings(CompStatus_06, { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 1, FundModel: 37, ProgType: 32 })).toHaveLength(0);
  });
});

describe('2020-21 variant: no Skills Bootcamp exclusion', () => {
  it('a withdrawn FM37/PT32 aim recorded as achieved fires in 2020-21', () => {
    expect(yearFindings(CompStatus_06, '2021', { CompStatus: 3, LearnActEndDate: '2021-01-10', Outcome: 1, FundModel: 37, ProgType: 32 })).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_06RuleTests. A test of one condition is a whole aim meeting the other (Outcome 1, CompStatus 3).
  it.each([
    ['ConditionMet_True (1, 3), OutcomeConditionMet_True (1), CompStatusConditionMet_True (3), Validate_Error', { Outcome: 1, CompStatus: 3 }, 1],
    ['ConditionMet_False_Outcome (2, 3), OutcomeConditionMet_False (2)', { Outcome: 2, CompStatus: 3 }, 0],
    ['ConditionMet_False_CompStatus (1, 1)', { Outcome: 1, CompStatus: 1 }, 0],
    ['OutcomeConditionMet_True (8)', { Outcome: 8, CompStatus: 3 }, 1],
    ['OutcomeConditionMet_False (null)', { CompStatus: 3 }, 0],
    ['CompStatusConditionMet_True (6)', { Outcome: 1, CompStatus: 6 }, 1],
    ['CompStatusConditionMet_False (2)', { Outcome: 1, CompStatus: 2 }, 0],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_06, fields)).toHaveLength(n));
});
