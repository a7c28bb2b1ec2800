import { aimFindings } from './delivery-testing';
import { AchDate_09 } from './AchDate_09';

describe('AchDate_09: no Achievement date on aims started after 31 July 2015 other than standards and bootcamps', () => {
  it.each([
    ['FE aim with AchDate', { AchDate: '2026-06-20' }, 1],
    ['FE aim without AchDate', { AchDate: null }, 0],
    ['started on 2015-07-31', { LearnStartDate: '2015-07-31', AchDate: '2016-06-20' }, 0],
    ['started on 2015-08-01', { LearnStartDate: '2015-08-01', AchDate: '2016-06-20' }, 1],
    ['apprenticeship standard FM36 excluded', { FundModel: 36, ProgType: 25, AchDate: '2026-06-20' }, 0],
    ['trailblazer FM81 excluded', { FundModel: 81, ProgType: 25, AchDate: '2026-06-20' }, 0],
    ['Skills Bootcamp excluded', { FundModel: 37, ProgType: 32, AchDate: '2026-06-20' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AchDate_09, fields)).toHaveLength(n));
});
