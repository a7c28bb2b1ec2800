import { aimFindings, esfaFindings } from './delivery-testing';
import { LearnPlanEndDate_03 } from './LearnPlanEndDate_03';

describe('LearnPlanEndDate_03: the planned end date is less than 10 years after the start', () => {
  it.each([['2035-08-31', 0], ['2035-09-01', 1], ['2035-09-02', 1], ['2026-06-30', 0]])('planned end %s (start 2025-09-01) → %s', (plan, n) => {
    expect(aimFindings(LearnPlanEndDate_03, { LearnPlanEndDate: plan })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnPlanEndDate_03RuleTests (the rule is the same in 2020-21; the years ESFA's tests mock are the real ones).
  it.each([
    ['ConditionMet_True (2017-08-04, 2007-08-04), Validate_Error', { LearnPlanEndDate: '2017-08-04', LearnStartDate: '2007-08-04' }, 1],
    ['ConditionMet_True (2018-06-01, 2007-06-01)', { LearnPlanEndDate: '2018-06-01', LearnStartDate: '2007-06-01' }, 1],
    ['ConditionMet_False (2018-01-01, 2017-12-01)', { LearnPlanEndDate: '2018-01-01', LearnStartDate: '2017-12-01' }, 0],
    ['ConditionMet_False (2017-09-29, 2017-08-29)', { LearnPlanEndDate: '2017-09-29', LearnStartDate: '2017-08-29' }, 0],
    ['Validate_NoError (2017-09-29, 2012-09-29)', { LearnPlanEndDate: '2017-09-29', LearnStartDate: '2012-09-29' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(LearnPlanEndDate_03, fields)).toHaveLength(n));
});
