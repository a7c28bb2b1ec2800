import { addDays } from '../../../model/dates';
import { DateOfBirth_57 } from './DateOfBirth_57';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2025-09-01';
const std = (days: number, fields: Record<string, string | number> = {}, fams: [string, string][] = []) =>
  aim({ FundModel: 36, ProgType: 25, AimType: 1, StdCode: 1, LearnStartDate: START, LearnPlanEndDate: addDays(START, days), ...fields }, fams);
const adult = bornYearsBefore(START, 20);

describe('DateOfBirth_57: apprenticeship standards from August 2025 of learners 16 or over planned for 242 days or more', () => {
  it.each([
    ['planned 241 days', adult, std(241), 1],
    ['planned 242 days', adult, std(242), 0],
    ['planned 243 days', adult, std(243), 0],
    ['started 1 August 2025', adult, std(0, { LearnStartDate: '2025-08-01', LearnPlanEndDate: '2026-03-30' }), 1],
    ['started 31 July 2025 (DateOfBirth_46\'s)', adult, std(0, { LearnStartDate: '2025-07-31', LearnPlanEndDate: '2026-03-29' }), 0],
    ['FundModel 81', adult, std(200, { FundModel: 81 }), 0],
    ['16th birthday on the start date', bornYearsBefore(START, 16), std(200), 1],
    ['16th birthday the day before', bornYearsBefore(START, 16, -1), std(200), 1],
    ['16th birthday the day after (15)', bornYearsBefore(START, 16, 1), std(200), 0],
    ['no DateOfBirth', null, std(200), 0],
    ['component aim', adult, std(200, { AimType: 3 }), 0],
    ['restart (RES) excluded', adult, std(200, {}, [['RES', '1']]), 0],
  ])('%s', (_n, dob, a, n) => {
    const f = learnerFindings(DateOfBirth_57, { DateOfBirth: dob }, [a]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDelivery', field: 'LearnPlanEndDate' });
  });

  it('does not exist in 2020-21', () => {
    expect(learnerFindings(DateOfBirth_57, { DateOfBirth: adult }, [std(200)], { year: '2021' })).toHaveLength(0);
  });
});
