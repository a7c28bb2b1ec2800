import { aimFindings, esfaFindings } from '../delivery-testing';
import { LearnStartDate_12 } from './LearnStartDate_12';

const std = { FundModel: 36, ProgType: 25, AimType: 3, StdCode: 1 };

describe('LearnStartDate_12: an apprenticeship starts at most one year after the year ends (31 July 2027)', () => {
  it.each([
    ['30 July 2027', { ...std, LearnStartDate: '2027-07-30' }, 0],
    ['31 July 2027', { ...std, LearnStartDate: '2027-07-31' }, 0],
    ['1 August 2027', { ...std, LearnStartDate: '2027-08-01' }, 1],
    ['1 August 2027, not an apprenticeship', { LearnStartDate: '2027-08-01' }, 0],
    ['1 August 2027, framework ProgType 3 (not DD07 in 2025-26)', { ...std, ProgType: 3, LearnStartDate: '2027-08-01' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(LearnStartDate_12, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // HasQualifyingStartDateMeetsExpectation: (start, year end) 2018-04-18/2018-04-18 true, 2019-04-17 true, 2019-04-18
  // false, 2019-04-19 false — as dates against the 2020-21 year end, 31 July 2021.
  it.each([
    ['on the year end', { ProgType: 25, LearnStartDate: '2021-07-31' }, 0],
    ['a day less than a year after', { ProgType: 25, LearnStartDate: '2022-07-30' }, 0],
    ['exactly a year after', { ProgType: 25, LearnStartDate: '2022-07-31' }, 1],
    ['a year and a day after', { ProgType: 25, LearnStartDate: '2022-08-01' }, 1],
    ['IsApprenticeship false', { ProgType: 24, LearnStartDate: '2022-08-01' }, 0],
    ['framework ProgType 2 is DD07 in 2020-21', { ProgType: 2, LearnStartDate: '2022-08-01' }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(LearnStartDate_12, fields)).toHaveLength(n));
});
