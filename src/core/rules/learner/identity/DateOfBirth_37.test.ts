import { addDays } from '../../../model/dates';
import { DateOfBirth_37 } from './DateOfBirth_37';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2015-09-01';
const std = (fields: Record<string, string | number> = {}, fams: [string, string][] = []) =>
  aim({ FundModel: 35, ProgType: 25, AimType: 1, StdCode: 1, LearnStartDate: START, LearnPlanEndDate: addDays(START, 364), ...fields }, fams);
const adult = bornYearsBefore(START, 25);

describe('DateOfBirth_37: 2014-16 apprenticeship standards of learners 19 or over planned for 365 days or more', () => {
  it.each([
    ['planned 364 days', adult, std(), 1],
    ['planned 365 days', adult, std({ LearnPlanEndDate: addDays(START, 365) }), 0],
    ['FundModel 81', adult, std({ FundModel: 81 }), 1],
    ['FundModel 36', adult, std({ FundModel: 36 }), 0],
    ['started 1 August 2014', adult, std({ LearnStartDate: '2014-08-01', LearnPlanEndDate: '2015-07-31' }), 1],
    ['started 31 July 2014', adult, std({ LearnStartDate: '2014-07-31', LearnPlanEndDate: '2015-07-30' }), 0],
    ['started 31 July 2016', adult, std({ LearnStartDate: '2016-07-31', LearnPlanEndDate: '2017-07-30' }), 1],
    ['started 1 August 2016', adult, std({ LearnStartDate: '2016-08-01', LearnPlanEndDate: '2017-07-31' }), 0],
    ['19th birthday on the start date', bornYearsBefore(START, 19), std(), 1],
    ['19th birthday the day before', bornYearsBefore(START, 19, -1), std(), 1],
    ['19th birthday the day after (18)', bornYearsBefore(START, 19, 1), std(), 0],
    ['component aim (AimType 3)', adult, std({ AimType: 3 }), 0],
    ['framework (ProgType 3)', adult, std({ ProgType: 3 }), 0],
    ['restart (RES) excluded', adult, std({}, [['RES', '1']]), 0],
    ['no DateOfBirth', null, std(), 0],
  ])('%s', (_n, dob, a, n) => {
    const f = learnerFindings(DateOfBirth_37, { DateOfBirth: dob }, [a]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDelivery', field: 'LearnPlanEndDate' });
  });
});
