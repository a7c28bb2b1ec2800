import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { AchDate_05 } from './AchDate_05';

describe('AchDate_05: the Achievement date is on or after the actual end date', () => {
  it.each([['2026-06-09', 1], ['2026-06-10', 0], ['2026-06-11', 0]])('AchDate %s (ended 2026-06-10) → %s', (ach, n) => {
    expect(aimFindings(AchDate_05, { CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 1, AchDate: ach })).toHaveLength(n);
  });
  it('Skills Bootcamps are excluded', () => {
    expect(aimFindings(AchDate_05, { LearnActEndDate: '2026-06-10', AchDate: '2026-06-01', FundModel: 37, ProgType: 32 })).toHaveLength(0);
  });
});

describe('2020-21 variant: no Skills Bootcamp exclusion', () => {
  it('a FundModel 37 / ProgType 32 aim achieved before it ended fires in 2020-21', () => {
    expect(yearFindings(AchDate_05, '2021', { LearnActEndDate: '2021-06-10', AchDate: '2021-06-01', FundModel: 37, ProgType: 32 })).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_05RuleTests.
  it.each([
    ['ConditionMet_True, Validate_Error', { AchDate: '2019-01-01', LearnActEndDate: '2020-01-01' }, 1],
    ['ConditionMet_False', { AchDate: '2017-01-01', LearnActEndDate: '2016-01-01' }, 0],
    ['ConditionMet_False_Null', { LearnActEndDate: '2018-01-01' }, 0],
    ['ConditionMet_False_NullLearnActEndDate', { AchDate: '2017-01-01' }, 0],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_05, fields)).toHaveLength(n));
});
