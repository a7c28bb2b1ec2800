import { aimFindings, esfaFindings } from '../delivery-testing';
import { AddHours_04 } from './AddHours_04';

// A 3-day aim (2025-09-01 to 2025-09-03): 72 hours is 24 a day.
const threeDays = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-03' };

describe('AddHours_04: AddHours over 60 must not average more than 24 a day', () => {
  it.each([
    ['24 a day exactly', { ...threeDays, AddHours: 72 }, 0],
    ['just over 24 a day', { ...threeDays, AddHours: 73 }, 1],
    ['60 hours in 2 days (30 a day) but not over 60', { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-02', AddHours: 60 }, 0],
    ['61 hours in 2 days', { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-02', AddHours: 61 }, 1],
    ['61 hours in one day (start = planned end)', { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-01', AddHours: 61 }, 1],
    ['planned end before start: no average', { LearnStartDate: '2025-09-02', LearnPlanEndDate: '2025-09-01', AddHours: 61 }, 0],
    ['no AddHours', threeDays, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AddHours_04, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['100 hours over 2 days', { AddHours: 100, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-02' }, 1],
    ['not: 61 hours over 3 days', { AddHours: 61, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-03' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AddHours_04, fields)).toHaveLength(n));
});
