import { aimFindings, yearFindings } from '../delivery-testing';
import { LearnStartDate_02 } from './LearnStartDate_02';

describe('LearnStartDate_02: not more than 10 years before the start of the year (2025-26 starts 1 August 2025)', () => {
  it.each([
    ['31 July 2015', '2015-07-31', 1],
    ['1 August 2015 (exactly 10 years)', '2015-08-01', 0],
    ['2 August 2015', '2015-08-02', 0],
  ])('%s', (_n, d, n) => expect(aimFindings(LearnStartDate_02, { LearnStartDate: d })).toHaveLength(n));
});

describe('2020-21 (the same rule; the year starts 1 August 2020)', () => {
  it.each([
    ['31 July 2010', '2010-07-31', 1],
    ['1 August 2010', '2010-08-01', 0],
  ])('%s', (_n, d, n) => expect(yearFindings(LearnStartDate_02, '2021', { LearnStartDate: d })).toHaveLength(n));
});
