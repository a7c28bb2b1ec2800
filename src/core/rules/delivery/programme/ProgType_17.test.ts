import { aimFindings, esfaFindings } from '../delivery-testing';
import { ProgType_17 } from './ProgType_17';

const aim = { LearnAimRef: 'ZTLOS001', AimType: 3, FundModel: 25 };

describe('ProgType_17: ZTLOS aims are in a T Level (ProgType 31)', () => {
  it.each([
    ['in a T Level', { ...aim, ProgType: 31 }, 0],
    ['in a foundation year', { ...aim, ProgType: 30 }, 1],
    ['without ProgType', { ...aim, AimType: 4 }, 1],
    ['lower case, without ProgType', { ...aim, LearnAimRef: 'ztlos001', AimType: 4 }, 1],
    ['adult T Level pilot (LDM 384)', { ...aim, AimType: 4, LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: '384' }] }, 0],
    ['non-funded (99)', { ...aim, AimType: 4, FundModel: 99 }, 0],
    ['another aim', { ...aim, LearnAimRef: '60146394', AimType: 4 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_17, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['Validate_Error (ZTLOS001, ProgType 30)', { LearnAimRef: 'ZTLOS001', ProgType: 30 }, 1],
    ['Validate_Error (ztlos001, ProgType 30)', { LearnAimRef: 'ztlos001', ProgType: 30 }, 1],
    ['Validate_NoErrors (111111111, ProgType 31)', { LearnAimRef: '111111111', ProgType: 31 }, 0],
    ['ConditionMet_False_ProgType (not returned)', { LearnAimRef: 'ZTLOS001' }, 0],
    ['ProgType 31', { LearnAimRef: 'ZTLOS001', ProgType: 31 }, 0],
    ['no exclusions in 2020-21 (FundModel 99)', { LearnAimRef: 'ZTLOS001', ProgType: 30, FundModel: 99 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(ProgType_17, fields)).toHaveLength(n));
});
