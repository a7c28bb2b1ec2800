import { aimFindings, esfaFindings } from '../delivery-testing';
import { OrigLearnStartDate_04 } from './OrigLearnStartDate_04';

const fam = (type: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: type, LearnDelFAMCode: '1' }] });

describe('OrigLearnStartDate_04: an OrigLearnStartDate needs a restart indicator', () => {
  it.each([
    ['no FAMs', { OrigLearnStartDate: '2024-09-01' }, 1],
    ['another FAM type', { OrigLearnStartDate: '2024-09-01', ...fam('ACT') }, 1],
    ['RES', { OrigLearnStartDate: '2024-09-01', ...fam('RES') }, 0],
    ['no OrigLearnStartDate', {}, 0],
    ['FundModel 25 (no fund model condition in 2025-26)', { FundModel: 25, OrigLearnStartDate: '2024-09-01' }, 1],
  ])('%s', (_n, fields, n) => expect(aimFindings(OrigLearnStartDate_04, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // InvalidItemRaisesValidationMessage (a FAM other than RES), ValidItemDoesNotRaiseValidationMessage (RES),
  // FundModelConditionMet: 35, 36, 81, 99 true; 25, 88, 10 false.
  const orig = { OrigLearnStartDate: '2019-09-01', LearnStartDate: '2020-09-01' };
  it.each([
    ['InvalidItemRaisesValidationMessage (ADL, FundModel 35)', { ...orig, FundModel: 35, ...fam('ADL') }, 1],
    ['InvalidItemRaisesValidationMessage (SOF, FundModel 99)', { ...orig, FundModel: 99, ...fam('SOF') }, 1],
    ['ValidItemDoesNotRaiseValidationMessage (RES)', { ...orig, FundModel: 35, ...fam('RES') }, 0],
    ['FundModelConditionMet_False (25)', { ...orig, FundModel: 25, ...fam('ADL') }, 0],
    ['FundModelConditionMet_False (10)', { ...orig, FundModel: 10, ...fam('ADL') }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(OrigLearnStartDate_04, fields)).toHaveLength(n));
});
