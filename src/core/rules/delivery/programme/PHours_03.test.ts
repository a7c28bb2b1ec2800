import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_03 } from './PHours_03';

const prog = { FundModel: 25, AimType: 1, ProgType: 31, LearnAimRef: 'ZPROG001' };

describe('PHours_03: T Level programme aims started from 1 August 2020 return PHours', () => {
  it.each([
    ['no PHours', prog, 1],
    ['started 1 August 2020', { ...prog, LearnStartDate: '2020-08-01' }, 1],
    ['started 31 July 2020', { ...prog, LearnStartDate: '2020-07-31' }, 0],
    ['PHours returned', { ...prog, PHours: 1200 }, 0],
    ['component aim', { ...prog, AimType: 3, LearnAimRef: '60146394' }, 0],
    ['foundation year', { ...prog, ProgType: 30 }, 0],
    ['FundModel 99', { ...prog, FundModel: 99 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_03, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['no PHours', prog, 1],
    ['PHours returned', { ...prog, PHours: 1200 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(PHours_03, '2021', fields)).toHaveLength(n));
});
