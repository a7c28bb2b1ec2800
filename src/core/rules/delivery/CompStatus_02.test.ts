import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { CompStatus_02 } from './CompStatus_02';

describe('CompStatus_02: an actual end date means the aim is not continuing', () => {
  it.each([
    ['continuing with an end date', { CompStatus: 1, LearnActEndDate: '2026-01-10' }, 1],
    ['continuing without an end date', { CompStatus: 1 }, 0],
    ['completed with an end date', { CompStatus: 2, LearnActEndDate: '2026-01-10' }, 0],
    ['apprenticeship standard programme aim excluded (FM36)', { CompStatus: 1, LearnActEndDate: '2026-01-10', AimType: 1, FundModel: 36, ProgType: 25 }, 0],
    ['apprenticeship standard programme aim excluded (FM99)', { CompStatus: 1, LearnActEndDate: '2026-01-10', AimType: 1, FundModel: 99, ProgType: 25 }, 0],
    ['standard component aim is not excluded', { CompStatus: 1, LearnActEndDate: '2026-01-10', AimType: 3, FundModel: 36, ProgType: 25 }, 1],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(CompStatus_02, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'CompStatus', value: '1', aimSeqNumber: '1', learnRefNumber: 'L0001' });
  });
});

describe('2020-21 variant: every FundModel 36 aim and every ProgType 25 aim excluded, whatever its AimType', () => {
  const ended = { CompStatus: 1, LearnActEndDate: '2021-01-10' };
  it.each([
    ['2526', 'standard component aim (AimType 3, FM36, PT25) fires in 2025-26', { ...ended, LearnActEndDate: '2026-01-10', AimType: 3, FundModel: 36, ProgType: 25 }, 1],
    ['2021', 'standard component aim (AimType 3, FM36, PT25) excluded in 2020-21', { ...ended, AimType: 3, FundModel: 36, ProgType: 25 }, 0],
    ['2021', 'FundModel 36 framework aim (ProgType 3) excluded', { ...ended, AimType: 1, FundModel: 36, ProgType: 3 }, 0],
    ['2021', 'trailblazer standard (FM81, PT25) excluded', { ...ended, AimType: 1, FundModel: 81, ProgType: 25 }, 0],
    ['2021', 'FM99 standard programme aim excluded (ProgType 25)', { ...ended, AimType: 1, FundModel: 99, ProgType: 25 }, 0],
    ['2021', 'adult skills aim fires', ended, 1],
  ])('year %s: %s', (y, _n, fields, n) => expect(yearFindings(CompStatus_02, y, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From CompStatus_02RuleTests. A test of one condition is a whole aim meeting the others (ConditionMet_True: ended
  // 2017-08-01, CompStatus 1, FundModel 81, ProgType 24).
  const met = { LearnActEndDate: '2017-08-01', CompStatus: 1, FundModel: 81, ProgType: 24 };
  it.each([
    ['ConditionMet_True, FundModelConditionMet_Pass (81), ProgTypeConditionMet_Pass_AsNot25 (24)', met, 1],
    ['ProgTypeConditionMet_Pass_NullProgType', { ...met, ProgType: null }, 1],
    ['FundModelConditionMet_Fails (36), ConditionMet_False_ForFundModel', { ...met, FundModel: 36 }, 0],
    ['ProgTypeConditionMet_Fails (25), ConditionMet_False_ForProgType', { ...met, ProgType: 25 }, 0],
    ['ConditionMet_False_LearnActEndDate', { ...met, LearnActEndDate: null }, 0],
    ['ConditionMet_False_CompStatus (2)', { ...met, CompStatus: 2 }, 0],
    ['Validate_Error', { LearnActEndDate: '2017-01-01', CompStatus: 1, FundModel: 81, ProgType: 24 }, 1],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(CompStatus_02, fields)).toHaveLength(n));
});
