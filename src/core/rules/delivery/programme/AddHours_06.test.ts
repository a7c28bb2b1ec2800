import { aimFindings, esfaFindings } from '../delivery-testing';
import { AddHours_06 } from './AddHours_06';

// A 2-day aim (2025-09-01 to 2025-09-02).
const twoDays = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-02' };

describe('AddHours_06: AddHours should not average more than 9 and less than 24 a day', () => {
  it.each([
    ['9 a day exactly', { ...twoDays, AddHours: 18 }, 0],
    ['just over 9 a day', { ...twoDays, AddHours: 19 }, 1],
    ['just under 24 a day', { ...twoDays, AddHours: 47 }, 1],
    ['24 a day exactly', { ...twoDays, AddHours: 48 }, 0],
    ['over 24 a day (AddHours_04 territory)', { ...twoDays, AddHours: 60 }, 0],
    ['no AddHours', twoDays, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AddHours_06, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['10 a day', { AddHours: 10, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-01' }, 1],
    ['not: (9 a day)', { AddHours: 9, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-01' }, 0],
    ['not: (24 a day)', { AddHours: 24, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2020-09-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AddHours_06, fields)).toHaveLength(n));
});
