import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_16 } from './FundModel_16';

describe('FundModel_16: FundModel 37 is ProgType 32', () => {
  it.each([
    ['37 on ProgType 25', { FundModel: 37, ProgType: 25, AimType: 3 }, 1],
    ['37 without ProgType', { FundModel: 37 }, 1],
    ['37 on ProgType 32', { FundModel: 37, ProgType: 32, AimType: 3 }, 0],
    ['35 on ProgType 25', { FundModel: 35, ProgType: 25, AimType: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_16, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_16, '2021', { FundModel: 37 })).toHaveLength(0));
});
