import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_03 } from './ProgType_03';

describe('ProgType_03: a ProgType of the 2025-26 list (25, 30, 31, 32, 33)', () => {
  it.each([
    ['25', { ProgType: 25, AimType: 3, FundModel: 36 }, 0],
    ['30', { ProgType: 30, AimType: 3, FundModel: 25 }, 0],
    ['31', { ProgType: 31, AimType: 3, FundModel: 25 }, 0],
    ['32', { ProgType: 32, AimType: 3, FundModel: 37 }, 0],
    ['33', { ProgType: 33, AimType: 3, FundModel: 38 }, 0],
    ['3 (framework, removed for 2025-26)', { ProgType: 3, AimType: 3, FundModel: 36 }, 1],
    ['24 (traineeship, removed)', { ProgType: 24, AimType: 3, FundModel: 25 }, 1],
    ['99 (never a code)', { ProgType: 99, AimType: 3, FundModel: 35 }, 1],
    ['not returned', { AimType: 4 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_03, fields)).toHaveLength(n));
});

describe('2020-21 (the same definition over the 2020-21 list)', () => {
  it.each([
    ['2', { ProgType: 2, AimType: 3 }, 0],
    ['24', { ProgType: 24, AimType: 3 }, 0],
    ['32 (not a 2020-21 code)', { ProgType: 32, AimType: 3 }, 1],
    ['1', { ProgType: 1, AimType: 3 }, 1],
  ])('%s', (_n, fields, n) => expect(yearFindings(ProgType_03, '2021', fields)).toHaveLength(n));
});
