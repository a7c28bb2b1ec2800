import { aimFindings, esfaFindings } from './delivery-testing';
import { WithdrawReason_05 } from './WithdrawReason_05';

const withdrawn = { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 3 };
describe('WithdrawReason_05: reason 28 only for OLASS aims (LDM 034)', () => {
  it.each([
    ['28 without LDM 034', { ...withdrawn, WithdrawReason: 28 }, 1],
    ['28 with LDM 034', { ...withdrawn, WithdrawReason: 28, LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: '034' }] }, 0],
    ['28 with LDM 34 typed as a number', { ...withdrawn, WithdrawReason: 28, LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: 34 }] }, 0],
    ['28 with another LDM', { ...withdrawn, WithdrawReason: 28, LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: '035' }] }, 1],
    ['another reason', { ...withdrawn, WithdrawReason: 2 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(WithdrawReason_05, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From WithdrawReason_05RuleTests. A test of one condition is a whole aim meeting the other (reason 28; no LDM 034,
  // the FAM of ConditionMet_True: LDM1 334). Left out: Validate_Error, which mocks LDM 034 as absent.
  const fam = (type?: string, code?: string) => ({ LearnDelFAMType: type, LearnDelFAMCode: code });
  it.each([
    ['WithdrawReasonConditionMet_True (28), ConditionMet_True (28, LDM1, 334)', { WithdrawReason: 28, LearningDeliveryFAM: [fam('LDM1', '334')] }, 1],
    ['WithdrawReasonConditionMet_False (1)', { WithdrawReason: 1, LearningDeliveryFAM: [fam('LDM1', '334')] }, 0],
    ['WithdrawReasonConditionMet_False (null)', { LearningDeliveryFAM: [fam('LDM1', '334')] }, 0],
    ['LearningDeliveryFAMConditionMet_True (LDM1 334 and an empty FAM)', { WithdrawReason: 28, LearningDeliveryFAM: [fam('LDM1', '334'), fam()] }, 1],
    ['LearningDeliveryFAMConditionMet_False, ConditionMet_False, Validate_NoError (LDM 034)', { WithdrawReason: 28, LearningDeliveryFAM: [fam('LDM', '034')] }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(WithdrawReason_05, fields)).toHaveLength(n));
});
