import { aimFindings, esfaFindings } from '../delivery-testing';
import { AimType_07 } from './AimType_07';

const sof105 = { LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '105' }] };

describe('AimType_07: a core aim started from 1 August 2017 must not have SOF 105', () => {
  it.each([
    ['core aim with SOF 105', { AimType: 5, FundModel: 25, ...sof105 }, 1],
    ['started on 1 August 2017', { AimType: 5, FundModel: 25, LearnStartDate: '2017-08-01', ...sof105 }, 1],
    ['started the day before', { AimType: 5, FundModel: 25, LearnStartDate: '2017-07-31', ...sof105 }, 0],
    ['core aim with SOF 107', { AimType: 5, FundModel: 25, LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '107' }] }, 0],
    ['component aim with SOF 105', { AimType: 4, FundModel: 25, ...sof105 }, 0],
    ['core aim with ProgType 24 (no exclusion in 2025-26)', { AimType: 5, FundModel: 25, ProgType: 24, ...sof105 }, 1],
  ])('%s', (_n, fields, n) => expect(aimFindings(AimType_07, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // AimType_07RuleTests: ConditionMet(progType, aimType, learnStartDate) with the SOF 105 FAM of the Validate tests.
  it.each([
    ['ConditionMet_True (23, 5, 2018-08-01), Validate_Error', { ProgType: 23, AimType: 5, LearnStartDate: '2018-08-01', ...sof105 }, 1],
    ['ConditionMet_False_ProgType (24, 5, 2018-08-01), Validate_NoErrors', { ProgType: 24, AimType: 5, LearnStartDate: '2018-08-01', ...sof105 }, 0],
    ['ConditionMet_False_AimType (23, 4, 2018-08-01)', { ProgType: 23, AimType: 4, LearnStartDate: '2018-08-01', ...sof105 }, 0],
    ['ConditionMet_False_LearnStartDate (2016-08-01)', { ProgType: 23, AimType: 5, LearnStartDate: '2016-08-01', ...sof105 }, 0],
    ['LearningDeliveryFAMsConditionMet_False (no SOF 105)', { ProgType: 23, AimType: 5, LearnStartDate: '2018-08-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AimType_07, fields)).toHaveLength(n));
});
