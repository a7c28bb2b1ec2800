import { aimFindings, yearFindings } from '../delivery-testing';
import { LearnStartDate_21 } from './LearnStartDate_21';

describe('LearnStartDate_21: Skills Bootcamps start from 1 August 2022', () => {
  it.each([
    ['37, 31 July 2022', { FundModel: 37, ProgType: 32, AimType: 3, LearnStartDate: '2022-07-31' }, 1],
    ['37, 1 August 2022', { FundModel: 37, ProgType: 32, AimType: 3, LearnStartDate: '2022-08-01' }, 0],
    ['37, 2 August 2022', { FundModel: 37, ProgType: 32, AimType: 3, LearnStartDate: '2022-08-02' }, 0],
    ['35, 31 July 2022', { FundModel: 35, LearnStartDate: '2022-07-31' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(LearnStartDate_21, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(LearnStartDate_21, '2021', { FundModel: 37 })).toHaveLength(0));
});
