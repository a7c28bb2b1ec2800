import { aimFindings, esfaFindings } from './delivery-testing';
import { CompStatus_04 } from './CompStatus_04';

describe('CompStatus_04: no Outcome means the aim is continuing', () => {
  it.each([[1, null, 0], [2, null, 1], [3, null, 1], [6, null, 1], [2, 1, 0], [3, 3, 0]])('CompStatus %s, Outcome %s → %s', (cs, out, n) => {
    expect(aimFindings(CompStatus_04, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10', Outcome: out })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_04RuleTests.
  it.each([
    ['ConditionMet_True, Validate_Error', { CompStatus: 2 }, 1],
    ['ConditionMet_False_Outcome', { Outcome: 1, CompStatus: 1 }, 0],
    ['ConditionMet_False_CompStatus', { CompStatus: 1 }, 0],
    ['Validate_NoErrors (CompStatus left 0)', { Outcome: 1 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_04, fields)).toHaveLength(n));
});
