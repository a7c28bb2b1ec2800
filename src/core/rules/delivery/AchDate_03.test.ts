import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { AchDate_03 } from './AchDate_03';

describe('AchDate_03: the Achievement date is not before the start date', () => {
  it.each([['2025-08-31', 1], ['2025-09-01', 0], ['2025-09-02', 0]])('AchDate %s (start 2025-09-01) → %s', (ach, n) => {
    expect(aimFindings(AchDate_03, { CompStatus: 2, LearnActEndDate: '2025-08-31', Outcome: 1, AchDate: ach })).toHaveLength(n);
  });
  it('Skills Bootcamps are excluded', () => {
    expect(aimFindings(AchDate_03, { AchDate: '2025-08-01', FundModel: 37, ProgType: 32 })).toHaveLength(0);
  });
});

describe('2020-21 variant: no Skills Bootcamp exclusion', () => {
  it.each([
    ['2526', { AchDate: '2025-08-01', FundModel: 37, ProgType: 32 }, 0],
    ['2021', { AchDate: '2020-08-01', FundModel: 37, ProgType: 32 }, 1],
    ['2021', { AchDate: '2020-08-01' }, 1],
  ])('year %s: %j → %s', (y, fields, n) => expect(yearFindings(AchDate_03, y, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_03RuleTests.
  it.each([
    ['ConditionMet_True, Validate_Error', { AchDate: '2019-01-01', LearnStartDate: '2020-01-01' }, 1],
    ['ConditionMet_False', { AchDate: '2017-01-01', LearnStartDate: '2016-01-01' }, 0],
    ['ConditionMet_False_Null', { LearnStartDate: '2018-01-01' }, 0],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_03, fields)).toHaveLength(n));
});
