import { addDays } from '../../../model/dates';
import { DateOfBirth_46 } from './DateOfBirth_46';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2024-09-01';
const std = (days: number, fields: Record<string, string | number> = {}, fams: [string, string][] = [], year = '2526') =>
  aim({ FundModel: 36, ProgType: 25, AimType: 1, StdCode: 1, LearnStartDate: START, LearnPlanEndDate: addDays(START, days), ...fields }, fams, year);
const adult = '1990-01-01';

describe('DateOfBirth_46: 2016-2025 apprenticeship standards of learners 16 or over planned for 365 days or more', () => {
  it.each([
    ['planned 364 days', adult, std(364), 1],
    ['planned 365 days', adult, std(365), 0],
    ['FundModel 81', adult, std(300, { FundModel: 81 }), 1],
    ['FundModel 35', adult, std(300, { FundModel: 35 }), 0],
    ['started 1 August 2016', adult, std(300, { LearnStartDate: '2016-08-01', LearnPlanEndDate: '2017-05-01' }), 1],
    ['started 31 July 2016', adult, std(300, { LearnStartDate: '2016-07-31', LearnPlanEndDate: '2017-05-01' }), 0],
    ['started 31 July 2025', adult, std(300, { LearnStartDate: '2025-07-31', LearnPlanEndDate: '2026-05-01' }), 1],
    ['started 1 August 2025 (DateOfBirth_57\'s)', adult, std(300, { LearnStartDate: '2025-08-01', LearnPlanEndDate: '2026-05-01' }), 0],
    ['16th birthday on the start date', bornYearsBefore(START, 16), std(300), 1],
    ['16th birthday the day before', bornYearsBefore(START, 16, -1), std(300), 1],
    ['16th birthday the day after (15)', bornYearsBefore(START, 16, 1), std(300), 0],
    ['no DateOfBirth', null, std(300), 0],
    ['component aim', adult, std(300, { AimType: 3 }), 0],
    ['ProgType 2', adult, std(300, { ProgType: 2 }), 0],
    ['restart (RES) excluded', adult, std(300, {}, [['RES', '1']]), 0],
  ])('%s', (_n, dob, a, n) => {
    const f = learnerFindings(DateOfBirth_46, { DateOfBirth: dob }, [a]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDelivery', field: 'LearnPlanEndDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_46RuleTests: FundModel 36 or 81, started 2018-08-01, born 2000-01-01 (18), ProgType 25, AimType 1,
  // WholeDaysBetween (days + 1) < 365; no end to the start dates counted.
  const a = (end: string, fields: Record<string, string | number> = {}, fams: [string, string][] = []) =>
    std(0, { LearnStartDate: '2018-08-01', LearnPlanEndDate: end, ...fields }, fams, '2021');
  const dob = '2000-01-01';
  it.each([
    ['ConditionMet_True (FundModel 36, 360 whole days)', dob, a('2019-07-26'), 1],
    ['FundModelConditionMet_True (81)', dob, a('2019-07-26', { FundModel: 81 }), 1],
    ['364 days (365 whole days) does not fire', dob, a('2019-07-31'), 0],
    ['363 days (364 whole days) fires', dob, a('2019-07-30'), 1],
    ['ConditionMet_False (FundModel 99)', dob, a('2019-07-26', { FundModel: 99 }), 0],
    ['LearnStartDateConditionMet_False (2014-07-01)', dob, a('2015-06-01', { LearnStartDate: '2014-07-01' }), 0],
    ['ConditionMet_False (AimType 2)', dob, a('2019-07-26', { AimType: 2 }), 0],
    ['ConditionMet_False (ProgType 20)', dob, a('2019-07-26', { ProgType: 20 }), 0],
    ['DateOfBirthConditionMet_False (born 2010: 8)', '2010-01-01', a('2019-07-26'), 0],
    ['LearningDeliveryFAMConditionMet_False (RES)', dob, a('2019-07-26', {}, [['RES', '1']]), 0],
    ['no end to the start dates: started 1 August 2025', dob, a('2026-05-01', { LearnStartDate: '2025-08-01' }), 1],
  ])('%s', (_n, d, aimSpec, n) => {
    expect(learnerFindings(DateOfBirth_46, { DateOfBirth: d }, [aimSpec], { year: '2021' })).toHaveLength(n);
  });
});
