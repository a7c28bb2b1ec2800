import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_06 } from './ProgType_06';

describe('ProgType_06: a standard is funded by 36 or 81 (or not funded)', () => {
  it.each([
    ['standard on 35', { ProgType: 25, AimType: 3, FundModel: 35 }, 1],
    ['standard on 25', { ProgType: 25, AimType: 3, FundModel: 25 }, 1],
    ['standard on 36', { ProgType: 25, AimType: 3, FundModel: 36 }, 0],
    ['standard on 81', { ProgType: 25, AimType: 3, FundModel: 81 }, 0],
    ['standard on 99', { ProgType: 25, AimType: 3, FundModel: 99 }, 0],
    ['T Level on 35', { ProgType: 31, AimType: 3, FundModel: 35 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_06, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['standard on 35', { ProgType: 25, AimType: 3, FundModel: 35 }, 1],
    ['standard on 81', { ProgType: 25, AimType: 3, FundModel: 81 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(ProgType_06, '2021', fields)).toHaveLength(n));
});
