import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_09 } from './FundModel_09';

const prog = { AimType: 1, ProgType: 25, LearnAimRef: 'ZPROG001', StdCode: 1 };

describe('FundModel_09: standard programmes started before 1 May 2017 are FundModel 81', () => {
  it.each([
    ['started 30 April 2017 on 36', { ...prog, FundModel: 36, LearnStartDate: '2017-04-30' }, 1],
    ['started 1 May 2017 on 36', { ...prog, FundModel: 36, LearnStartDate: '2017-05-01' }, 0],
    ['started 30 April 2017 on 81', { ...prog, FundModel: 81, LearnStartDate: '2017-04-30' }, 0],
    ['non-funded (99)', { ...prog, FundModel: 99, LearnStartDate: '2017-04-30' }, 0],
    ['component aim', { ...prog, AimType: 3, FundModel: 36, LearnStartDate: '2017-04-30' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_09, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['started 30 April 2017 on 35', { ...prog, FundModel: 35, LearnStartDate: '2017-04-30' }, 1],
    ['started 30 April 2017 on 81', { ...prog, FundModel: 81, LearnStartDate: '2017-04-30' }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_09, '2021', fields)).toHaveLength(n));
});
