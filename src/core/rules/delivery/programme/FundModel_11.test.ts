import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_11 } from './FundModel_11';

describe('FundModel_11: a T Level is FundModel 25', () => {
  it.each([
    ['T Level on 35', { ProgType: 31, AimType: 3, FundModel: 35 }, 1],
    ['T Level on 99', { ProgType: 31, AimType: 3, FundModel: 99 }, 1],
    ['T Level on 25', { ProgType: 31, AimType: 3, FundModel: 25 }, 0],
    ['foundation year on 35', { ProgType: 30, AimType: 3, FundModel: 35 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_11, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['T Level on 35', { ProgType: 31, AimType: 3, FundModel: 35 }, 1],
    ['T Level on 25', { ProgType: 31, AimType: 3, FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_11, '2021', fields)).toHaveLength(n));
});
