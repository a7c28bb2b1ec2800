import { aimFindings, esfaFindings } from './delivery-testing';
import { CompStatus_01 } from './CompStatus_01';

describe('CompStatus_01: valid Completion status', () => {
  it.each([[1, 0], [2, 0], [3, 0], [6, 0], [4, 1], [5, 1], [9, 1]])('CompStatus %s → %s finding(s)', (cs, n) => {
    expect(aimFindings(CompStatus_01, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10' })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_01RuleTests: ConditionMet_False and Validate_NoErrors (CompStatus 1, in the lookup). Left out:
  // ConditionMet_True and Validate_Errors, which mock CompStatus 1 as missing from the lookup.
  it.each([['ConditionMet_False, Validate_NoErrors', { CompStatus: 1 }, 0]])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_01, fields)).toHaveLength(n));
});
