import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_21 } from './ProgType_21';

describe('ProgType_21: Skills Bootcamps are FundModel 37', () => {
  it.each([
    ['32 on 35', { ProgType: 32, AimType: 3, FundModel: 35 }, 1],
    ['32 on 99', { ProgType: 32, AimType: 3, FundModel: 99 }, 1],
    ['32 on 37', { ProgType: 32, AimType: 3, FundModel: 37 }, 0],
    ['25 on 35', { ProgType: 25, AimType: 3, FundModel: 35 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_21, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(ProgType_21, '2021', { ProgType: 32, AimType: 3, FundModel: 35 })).toHaveLength(0));
});
