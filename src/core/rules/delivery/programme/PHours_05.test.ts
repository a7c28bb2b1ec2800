import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_05 } from './PHours_05';

describe('PHours_05: no PHours on 16-19 study programmes', () => {
  it.each([
    ['25 without ProgType', { FundModel: 25, PHours: 500 }, 1],
    ['25 on a foundation year', { FundModel: 25, ProgType: 30, AimType: 1, LearnAimRef: 'ZPROG001', PHours: 500 }, 1],
    ['25 on a T Level', { FundModel: 25, ProgType: 31, AimType: 1, LearnAimRef: 'ZPROG001', PHours: 500 }, 0],
    ['25 without PHours', { FundModel: 25 }, 0],
    ['35 with PHours', { FundModel: 35, PHours: 500 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_05, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(PHours_05, '2021', { FundModel: 25, PHours: 500 })).toHaveLength(0));
});
