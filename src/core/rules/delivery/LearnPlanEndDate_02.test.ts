import { aimFindings, esfaFindings } from './delivery-testing';
import { LearnPlanEndDate_02 } from './LearnPlanEndDate_02';

describe('LearnPlanEndDate_02: the planned end date is not before the start date', () => {
  it.each([['2025-08-31', 1], ['2025-09-01', 0], ['2025-09-02', 0]])('planned end %s (start 2025-09-01) → %s', (plan, n) => {
    expect(aimFindings(LearnPlanEndDate_02, { LearnPlanEndDate: plan })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnPlanEndDate_02RuleTests (the rule is the same in 2020-21).
  it.each([
    ['LearnPlanEndDateMeetsExpectation (2017-10-29, 2017-09-29)', { LearnPlanEndDate: '2017-10-29', LearnStartDate: '2017-09-29' }, 0],
    ['LearnPlanEndDateMeetsExpectation (2018-04-01, 2018-04-18)', { LearnPlanEndDate: '2018-04-01', LearnStartDate: '2018-04-18' }, 1],
    ['LearnPlanEndDateMeetsExpectation (2018-06-01, 2018-07-31)', { LearnPlanEndDate: '2018-06-01', LearnStartDate: '2018-07-31' }, 1],
    ['LearnPlanEndDateMeetsExpectation (2017-08-07, 2017-08-04)', { LearnPlanEndDate: '2017-08-07', LearnStartDate: '2017-08-04' }, 0],
    ['Validate_Error', { LearnPlanEndDate: '2018-01-01', LearnStartDate: '2018-01-04' }, 1],
    ['Validate_NoError', { LearnPlanEndDate: '2018-01-04', LearnStartDate: '2018-01-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(LearnPlanEndDate_02, fields)).toHaveLength(n));
});
