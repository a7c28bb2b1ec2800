import { aimFindings, esfaFindings } from './delivery-testing';
import { WithdrawReason_02 } from './WithdrawReason_02';

describe('WithdrawReason_02: valid Withdrawal reason (the specification\'s codes)', () => {
  it.each([[2, 0], [29, 0], [40, 0], [98, 0], [3, 0], [1, 1], [30, 1], [99, 1], [null, 0]])('WithdrawReason %s → %s finding(s)', (wr, n) => {
    expect(aimFindings(WithdrawReason_02, { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 3, WithdrawReason: wr })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From WithdrawReason_02RuleTests: its lookup mock holds the codes of the 2020-21 list (48, not in the tests, is too).
  it.each([
    ['ConditionMet_True (1), ValidateError (1)', { WithdrawReason: 1 }, 1],
    ['ConditionMet_False (2), ValidateNoError (2)', { WithdrawReason: 2 }, 0],
    ['ConditionMet_False (3), ValidateNoError (3)', { WithdrawReason: 3 }, 0],
    ['ConditionMet_False (7), ValidateNoError (7)', { WithdrawReason: 7 }, 0],
    ['ConditionMet_False (28), ValidateNoError (28)', { WithdrawReason: 28 }, 0],
    ['ConditionMet_False (29), ValidateNoError (29)', { WithdrawReason: 29 }, 0],
    ['ConditionMet_False (40), ValidateNoError (40)', { WithdrawReason: 40 }, 0],
    ['ConditionMet_False (41), ValidateNoError (41)', { WithdrawReason: 41 }, 0],
    ['ConditionMet_False (42), ValidateNoError (42)', { WithdrawReason: 42 }, 0],
    ['ConditionMet_False (43), ValidateNoError (43)', { WithdrawReason: 43 }, 0],
    ['ConditionMet_False (44), ValidateNoError (44)', { WithdrawReason: 44 }, 0],
    ['ConditionMet_False (45), ValidateNoError (45)', { WithdrawReason: 45 }, 0],
    ['ConditionMet_False (46), ValidateNoError (46)', { WithdrawReason: 46 }, 0],
    ['ConditionMet_False (47), ValidateNoError (47)', { WithdrawReason: 47 }, 0],
    ['ConditionMet_False (97), ValidateNoError (97)', { WithdrawReason: 97 }, 0],
    ['ConditionMet_False (98), ValidateNoError (98)', { WithdrawReason: 98 }, 0],
    ['ConditionMet_FalseNull', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(WithdrawReason_02, fields)).toHaveLength(n));
});
