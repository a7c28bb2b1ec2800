import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_06 } from './FundModel_06';

describe('FundModel_06: FundModel 36 only on apprenticeship aims', () => {
  it.each([
    ['36 without ProgType', { FundModel: 36 }, 1],
    ['36 on a T Level', { FundModel: 36, ProgType: 31, AimType: 3 }, 1],
    ['36 on a framework ProgType 3 (not DD07 in 2025-26)', { FundModel: 36, ProgType: 3, AimType: 3 }, 1],
    ['36 on a standard', { FundModel: 36, ProgType: 25, AimType: 3 }, 0],
    ['35 without ProgType', { FundModel: 35 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_06, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule; DD07 of the year)', () => {
  it.each([
    ['36 on a framework ProgType 3', { FundModel: 36, ProgType: 3, AimType: 3 }, 0],
    ['36 on a traineeship', { FundModel: 36, ProgType: 24, AimType: 3 }, 1],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_06, '2021', fields)).toHaveLength(n));
});
