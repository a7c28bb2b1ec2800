import { addDays } from '../../../model/dates';
import { DateOfBirth_47 } from './DateOfBirth_47';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2024-09-01';
const done = (days: number, fields: Record<string, string | number> = {}, fams: [string, string][] = [], year = '2526') =>
  aim(
    { FundModel: 36, ProgType: 25, AimType: 1, StdCode: 1, LearnStartDate: START, LearnPlanEndDate: addDays(START, 400), LearnActEndDate: addDays(START, days), CompStatus: 2, Outcome: 1, ...fields },
    fams,
    year,
  );
const adult = bornYearsBefore(START, 20);

describe('DateOfBirth_47: completed 2016-2025 apprenticeship standards lasted 365 days or more', () => {
  it.each([
    ['lasted 364 days', adult, done(364), 1],
    ['lasted 365 days', adult, done(365), 0],
    ['FundModel 81', adult, done(300, { FundModel: 81 }), 1],
    ['FundModel 35', adult, done(300, { FundModel: 35 }), 0],
    ['not completed (CompStatus 3)', adult, done(300, { CompStatus: 3, Outcome: 3, WithdrawReason: 98 }), 0],
    ['started 1 August 2016', adult, done(300, { LearnStartDate: '2016-08-01', LearnActEndDate: '2017-05-01' }), 1],
    ['started 31 July 2016', adult, done(300, { LearnStartDate: '2016-07-31', LearnActEndDate: '2017-05-01' }), 0],
    ['started 31 July 2025', adult, done(100, { LearnStartDate: '2025-07-31', LearnActEndDate: '2025-11-08' }), 1],
    ['started 1 August 2025 (DateOfBirth_58\'s)', adult, done(100, { LearnStartDate: '2025-08-01', LearnActEndDate: '2025-11-09' }), 0],
    ['no age condition in 2025-26: aged 15', bornYearsBefore(START, 16, 1), done(300), 1],
    ['no DateOfBirth: still fires in 2025-26', null, done(300), 1],
    ['restart (RES) excluded', adult, done(300, {}, [['RES', '1']]), 0],
    ['component aim', adult, done(300, { AimType: 3 }), 0],
  ])('%s', (_n, dob, a, n) => {
    const f = learnerFindings(DateOfBirth_47, { DateOfBirth: dob }, [a]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDelivery', field: 'LearnActEndDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_47RuleTests: FundModel 36 or 81, started 2018-08-01, born 2000-01-01 (18), ProgType 25, AimType 1,
  // CompStatus 2, DaysBetween < 365; a learner under 16 (born 2010) or without a date of birth does not fire.
  const a = (end: string, fields: Record<string, string | number> = {}, fams: [string, string][] = []) =>
    done(0, { LearnStartDate: '2018-08-01', LearnActEndDate: end, ...fields }, fams, '2021');
  const dob = '2000-01-01';
  it.each([
    ['ConditionMet_True (362 days)', dob, a('2019-07-29'), 1],
    ['LearnActEndDateConditionMet_False_AsEqualto365Days', dob, a('2019-08-01'), 0],
    ['LearnActEndDateConditionMet_False (396 days)', dob, a('2019-08-31'), 0],
    ['364 days fires', dob, a('2019-07-31'), 1],
    ['FundModelConditionMet_True (81)', dob, a('2019-07-29', { FundModel: 81 }), 1],
    ['CompStatusConditionMet_False (1)', dob, a('2019-07-29', { CompStatus: 1 }), 0],
    ['DateOfBirthConditionMet_False (born 2010: 8)', '2010-01-01', a('2019-07-29'), 0],
    ['DateOfBirthConditionMet_False_Null', null, a('2019-07-29'), 0],
    ['LearningDeliveryFAMConditionMet_False (RES)', dob, a('2019-07-29', {}, [['RES', '1']]), 0],
    ['no end to the start dates: started 1 August 2025', dob, a('2025-11-09', { LearnStartDate: '2025-08-01' }), 1],
  ])('%s', (_n, d, aimSpec, n) => {
    expect(learnerFindings(DateOfBirth_47, { DateOfBirth: d }, [aimSpec], { year: '2021' })).toHaveLength(n);
  });
});
