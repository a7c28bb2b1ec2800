import { aimFindings, esfaFindings } from '../delivery-testing';
import { FundModel_07 } from './FundModel_07';

const prog = { AimType: 1, ProgType: 25, LearnAimRef: 'ZPROG001', StdCode: 1 };
const ldm = (code: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: code }] });

describe('FundModel_07: apprenticeship programmes started from 1 May 2017 are FundModel 36', () => {
  it.each([
    ['standard programme on 81', { ...prog, FundModel: 81 }, 1],
    ['started 1 May 2017 on 81', { ...prog, FundModel: 81, LearnStartDate: '2017-05-01' }, 1],
    ['started 30 April 2017 on 81', { ...prog, FundModel: 81, LearnStartDate: '2017-04-30' }, 0],
    ['on 36', { ...prog, FundModel: 36 }, 0],
    ['non-funded (99)', { ...prog, FundModel: 99 }, 0],
    ['restart', { ...prog, FundModel: 81, LearningDeliveryFAM: [{ LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }] }, 0],
    ['LDM 353', { ...prog, FundModel: 81, ...ldm('353') }, 0],
    ['LDM 355', { ...prog, FundModel: 81, ...ldm('355') }, 0],
    ['LDM 354 (not excluded in 2025-26)', { ...prog, FundModel: 81, ...ldm('354') }, 1],
    ['component aim', { ...prog, AimType: 3, FundModel: 81 }, 0],
    ['T Level programme on 25', { ...prog, ProgType: 31, FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_07, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // FundModel_07RuleTests: Validate_Error is a programme aim (AimType 1) of a DD07 ProgType on FundModel 10 started 2018-01-01.
  const met = { AimType: 1, ProgType: 2, FundModel: 10, LearnStartDate: '2018-01-01' };
  it.each([
    ['Validate_Error', met, 1],
    ['Validate_NoErrors (AimType 0)', { ...met, AimType: 0 }, 0],
    ['FundModelConditionMet_False (36)', { ...met, FundModel: 36 }, 0],
    ['FundModelConditionMet_False (99)', { ...met, FundModel: 99 }, 0],
    ['LearnStartDateConditionMet_False (2016-01-01)', { ...met, LearnStartDate: '2016-01-01' }, 0],
    ['LearningDeliveryFAMConditionMet_False_RES', { ...met, LearningDeliveryFAM: [{ LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }] }, 0],
    ['LearningDeliveryFAMConditionMet_False_LDM (354)', { ...met, ...ldm('354') }, 0],
    ['ApprenticeshipConditionMet_False (ProgType 24)', { ...met, ProgType: 24 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(FundModel_07, fields)).toHaveLength(n));
});
