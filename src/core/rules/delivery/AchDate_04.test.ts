import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { AchDate_04 } from './AchDate_04';

describe('AchDate_04: an Achievement date needs an actual end date', () => {
  it.each([
    ['AchDate without end date', { AchDate: '2026-06-20', LearnActEndDate: null }, 1],
    ['AchDate with end date', { AchDate: '2026-06-20', LearnActEndDate: '2026-06-10' }, 0],
    ['neither', { AchDate: null, LearnActEndDate: null }, 0],
    ['Skills Bootcamp excluded', { AchDate: '2026-06-20', FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(AchDate_04, fields)).toHaveLength(n);
  });
});

describe('2020-21 variant: no Skills Bootcamp exclusion', () => {
  it('a FundModel 37 / ProgType 32 aim with an AchDate and no end date fires in 2020-21', () => {
    expect(yearFindings(AchDate_04, '2021', { AchDate: '2021-06-20', FundModel: 37, ProgType: 32 })).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_04RuleTests.
  it.each([
    ['ConditionMet_True, Validate_Error', { AchDate: '2019-01-01' }, 1],
    ['ConditionMet_False', { AchDate: '2017-01-01', LearnActEndDate: '2016-01-01' }, 0],
    ['ConditionMet_False_Null', { LearnActEndDate: '2018-01-01' }, 0],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_04, fields)).toHaveLength(n));
});
