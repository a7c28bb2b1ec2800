import { aimFindings, esfaFindings } from './delivery-testing';
import { WithdrawReason_03 } from './WithdrawReason_03';

describe('WithdrawReason_03: a withdrawn aim has a Withdrawal reason', () => {
  it.each([[3, null, 1], [3, 97, 0], [3, 29, 0], [2, null, 0], [6, null, 0], [1, null, 0]])('CompStatus %s, WithdrawReason %s → %s', (cs, wr, n) => {
    const f = aimFindings(WithdrawReason_03, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10', WithdrawReason: wr });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'CompStatus', value: '3' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From WithdrawReason_03RuleTests. A test of one condition is a whole aim meeting the other (CompStatus 3, no reason).
  it.each([
    ['HasWithdrawnMeetsExpectation (1)', { CompStatus: 1 }, 0],
    ['HasWithdrawnMeetsExpectation (2)', { CompStatus: 2 }, 0],
    ['HasWithdrawnMeetsExpectation (6)', { CompStatus: 6 }, 0],
    ['HasWithdrawnMeetsExpectation (3), HasWithdrawReasonMeetsExpectation (null), InvalidItemRaisesValidationMessage', { CompStatus: 3 }, 1],
    ['HasWithdrawReasonMeetsExpectation (Financial = 43)', { CompStatus: 3, WithdrawReason: 43 }, 0],
    ['HasWithdrawReasonMeetsExpectation (Exclusion = 46)', { CompStatus: 3, WithdrawReason: 46 }, 0],
    ['HasWithdrawReasonMeetsExpectation (InjuryOrIllness = 3)', { CompStatus: 3, WithdrawReason: 3 }, 0],
    ['HasWithdrawReasonMeetsExpectation (MadeRedundant = 29)', { CompStatus: 3, WithdrawReason: 29 }, 0],
    ['HasWithdrawReasonMeetsExpectation (NewLearningAimWithSameProvider = 40)', { CompStatus: 3, WithdrawReason: 40 }, 0],
    ['HasWithdrawReasonMeetsExpectation (NotAllowedToContinueHEOnly = 42)', { CompStatus: 3, WithdrawReason: 42 }, 0],
    ['HasWithdrawReasonMeetsExpectation (NotKnown = 98)', { CompStatus: 3, WithdrawReason: 98 }, 0],
    ['HasWithdrawReasonMeetsExpectation (OLASSLearnerOutsideProvidersControl = 28)', { CompStatus: 3, WithdrawReason: 28 }, 0],
    ['HasWithdrawReasonMeetsExpectation (Other = 97)', { CompStatus: 3, WithdrawReason: 97 }, 0],
    ['HasWithdrawReasonMeetsExpectation (OtherPersonal = 44)', { CompStatus: 3, WithdrawReason: 44 }, 0],
    ['HasWithdrawReasonMeetsExpectation (TransferredDueToMerger = 47), ValidItemDoesNotRaiseAValidationMessage', { CompStatus: 3, WithdrawReason: 47 }, 0],
    ['HasWithdrawReasonMeetsExpectation (TransferredMeetingGovernmentStrategy = 41)', { CompStatus: 3, WithdrawReason: 41 }, 0],
    ['HasWithdrawReasonMeetsExpectation (TransferredThroughInterventionOrConsent = 7)', { CompStatus: 3, WithdrawReason: 7 }, 0],
    ['HasWithdrawReasonMeetsExpectation (TransferredToAnotherProvider = 2)', { CompStatus: 3, WithdrawReason: 2 }, 0],
    ['HasWithdrawReasonMeetsExpectation (WrittenOffHEOnly = 45)', { CompStatus: 3, WithdrawReason: 45 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(WithdrawReason_03, fields)).toHaveLength(n));
});
