import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_01 } from './PHours_01';

const prog = { FundModel: 36, AimType: 1, ProgType: 25, StdCode: 1, LearnAimRef: 'ZPROG001' };

describe('PHours_01: apprenticeship programme aims started from 1 August 2019 return PHours', () => {
  it.each([
    ['no PHours', prog, 1],
    ['started 1 August 2019', { ...prog, LearnStartDate: '2019-08-01' }, 1],
    ['started 31 July 2019', { ...prog, LearnStartDate: '2019-07-31' }, 0],
    ['PHours returned', { ...prog, PHours: 400 }, 0],
    ['component aim', { ...prog, AimType: 3, LearnAimRef: '60146394' }, 0],
    ['FundModel 99', { ...prog, FundModel: 99 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_01, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['no PHours', prog, 1],
    ['PHours returned', { ...prog, PHours: 400 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(PHours_01, '2021', fields)).toHaveLength(n));
});
