import { aimFindings, esfaFindings } from '../delivery-testing';
import { AddHours_05 } from './AddHours_05';

// 14 days (2025-09-01 to 2025-09-14): 70 hours is 35 a week.
const twoWeeks = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-14' };

describe('AddHours_05: AddHours over 60 should not average more than 35 a week', () => {
  it.each([
    ['35 a week exactly', { ...twoWeeks, AddHours: 70 }, 0],
    ['just over 35 a week', { ...twoWeeks, AddHours: 71 }, 1],
    ['60 hours in one week: not over 60', { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-07', AddHours: 60 }, 0],
    ['61 hours in one week', { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-07', AddHours: 61 }, 1],
    ['no AddHours', twoWeeks, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AddHours_05, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['100 hours over 7 days', { AddHours: 100, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-07' }, 1],
    ['not: 61 hours over 30 days', { AddHours: 61, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-30' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AddHours_05, fields)).toHaveLength(n));
});
