import { aimFindings, esfaFindings } from './delivery-testing';
import { CompStatus_03 } from './CompStatus_03';

describe('CompStatus_03: no actual end date means the aim is continuing', () => {
  it.each([[1, null, 0], [2, null, 1], [3, null, 1], [6, null, 1], [2, '2026-01-10', 0], [6, '2026-01-10', 0]])('CompStatus %s, LearnActEndDate %s → %s', (cs, end, n) => {
    expect(aimFindings(CompStatus_03, { CompStatus: cs, LearnActEndDate: end })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_03RuleTests.
  it.each([
    ['ConditionMet_True, Validate_Error', { CompStatus: 2 }, 1],
    ['ConditionMet_False_LearnActEndDate', { LearnActEndDate: '2017-01-01', CompStatus: 1 }, 0],
    ['ConditionMet_False_CompStatus', { CompStatus: 1 }, 0],
    ['Validate_NoErrors (CompStatus left 0)', { LearnActEndDate: '2017-01-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_03, fields)).toHaveLength(n));
});
