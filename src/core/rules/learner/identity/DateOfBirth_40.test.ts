import { addDays } from '../../../model/dates';
import { DateOfBirth_40 } from './DateOfBirth_40';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2015-09-01';
const ended = (days: number, fields: Record<string, string | number> = {}, fams: [string, string][] = [], year = '2526') =>
  aim(
    { FundModel: 35, ProgType: 25, AimType: 1, StdCode: 1, LearnStartDate: START, LearnPlanEndDate: addDays(START, 400), LearnActEndDate: addDays(START, days), CompStatus: 2, Outcome: 1, ...fields },
    fams,
    year,
  );
const adult = bornYearsBefore(START, 25);

describe('DateOfBirth_40: achieved pre-August 2016 apprenticeship standards of learners 19 or over lasted 365 days or more', () => {
  it.each([
    ['lasted 364 days', adult, ended(364), 1],
    ['lasted 365 days', adult, ended(365), 0],
    ['FundModel 81', adult, ended(300, { FundModel: 81 }), 1],
    ['FundModel 81 without ProgType 25', adult, ended(300, { FundModel: 81, ProgType: 3 }), 0],
    ['FundModel 35 without ProgType 25 (decision: ProgType 25 for both)', adult, ended(300, { ProgType: 3 }), 0],
    ['not achieved (Outcome 3)', adult, ended(300, { Outcome: 3 }), 0],
    ['started 31 July 2016', adult, ended(300, { LearnStartDate: '2016-07-31', LearnActEndDate: '2017-05-01' }), 1],
    ['started 1 August 2016', adult, ended(300, { LearnStartDate: '2016-08-01', LearnActEndDate: '2017-05-01' }), 0],
    ['started 2013: no earliest start date', adult, ended(300, { LearnStartDate: '2013-09-01', LearnActEndDate: '2014-05-01' }), 1],
    ['19th birthday on the start date', bornYearsBefore(START, 19), ended(300), 1],
    ['19th birthday the day after (18)', bornYearsBefore(START, 19, 1), ended(300), 0],
    ['19th birthday the day before', bornYearsBefore(START, 19, -1), ended(300), 1],
    ['no actual end date', adult, ended(300, { LearnActEndDate: null } as unknown as Record<string, string>), 0],
    ['restart (RES) excluded', adult, ended(300, {}, [['RES', '1']]), 0],
    ['programme aims only', adult, ended(300, { AimType: 3 }), 0],
  ])('%s', (_n, dob, a, n) => {
    const f = learnerFindings(DateOfBirth_40, { DateOfBirth: dob }, [a]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDelivery', field: 'LearnActEndDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_40RuleTests count WholeDaysBetween (days + 1) < 365 (DurationConditionMet_ExpectedResult); the learner
  // born 1996-05-30 (AgeConditionMet_Pass), started 2016-07-31 (AimStartConditionMet_Pass_asEqualDate).
  const S = '2016-07-31';
  const a = (end: string, fields: Record<string, string | number> = {}, fams: [string, string][] = []) => ended(0, { LearnStartDate: S, LearnActEndDate: end, ...fields }, fams, '2021');
  it.each([
    ['DurationConditionMet: to 2017-07-29 triggers ("364 days")', '1996-05-30', a('2017-07-29'), 1],
    ['DurationConditionMet: to 2017-07-30 does not ("365 days")', '1996-05-30', a('2017-07-30'), 0],
    ['DurationConditionMet: to 2017-07-31 does not ("366 days")', '1996-05-30', a('2017-07-31'), 0],
    ['AimStartConditionMet_Fails_asGreaterThanDate (2016-09-18)', '1996-05-30', a('2017-07-29', { LearnStartDate: '2016-09-18' }), 0],
    ['AgeConditionMet_Fails (ESFA mocks the age 18: born 1997-08-01 here, 18 on 2016-07-31)', '1997-08-01', a('2017-07-29'), 0],
    ['ProgtypeCondition_Fails (19)', '1996-05-30', a('2017-07-29', { ProgType: 19 }), 0],
    ['OutcomeCondition_Fails', '1996-05-30', a('2017-07-29', { Outcome: 3 }), 0],
    ['RestartConditionMet_Fails (RES)', '1996-05-30', a('2017-07-29', {}, [['RES', '1']]), 0],
  ])('%s', (_n, dob, aimSpec, n) => {
    expect(learnerFindings(DateOfBirth_40, { DateOfBirth: dob }, [aimSpec], { year: '2021' })).toHaveLength(n);
  });
});
