import { aimFindings } from './delivery-testing';
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
