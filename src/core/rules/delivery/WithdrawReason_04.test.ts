import { aimFindings, esfaFindings } from './delivery-testing';
import { WithdrawReason_04 } from './WithdrawReason_04';

describe('WithdrawReason_04: only a withdrawn aim has a Withdrawal reason', () => {
  it.each([[1, 97, 1], [2, 97, 1], [6, 2, 1], [3, 97, 0], [1, null, 0], [2, null, 0]])('CompStatus %s, WithdrawReason %s → %s', (cs, wr, n) => {
    const f = aimFindings(WithdrawReason_04, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10', WithdrawReason: wr });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'WithdrawReason' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From WithdrawReason_04RuleTests. A test of one condition is a whole aim meeting the other (a reason: 1).
  it.each([
    ['CompStatusConditionMet_True (1), ConditionMet_True (1, 1), Validate_Error (1, 1)', { CompStatus: 1, WithdrawReason: 1 }, 1],
    ['CompStatusConditionMet_True (2), ConditionMet_True (2, 1), Validate_Error (2, 1)', { CompStatus: 2, WithdrawReason: 1 }, 1],
    ['CompStatusConditionMet_True (6), ConditionMet_True (6, 1), Validate_Error (6, 1)', { CompStatus: 6, WithdrawReason: 1 }, 1],
    ['CompStatusConditionMet_False (0), ConditionMet_False (0, 1), Validate_NoError (0, 1)', { CompStatus: 0, WithdrawReason: 1 }, 0],
    ['CompStatusConditionMet_False (3)', { CompStatus: 3, WithdrawReason: 1 }, 0],
    ['CompStatusConditionMet_False (10)', { CompStatus: 10, WithdrawReason: 1 }, 0],
    ['WithdrawReasonConditionMet_False (null)', { CompStatus: 1 }, 0],
    ['ConditionMet_False (5, null), Validate_NoError (5, null)', { CompStatus: 5 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(WithdrawReason_04, fields)).toHaveLength(n));
});
