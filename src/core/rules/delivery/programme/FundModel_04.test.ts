import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_04 } from './FundModel_04';

describe('FundModel_04: an apprenticeship aim must not be 16-19 funded', () => {
  it.each([
    ['standard on FundModel 25', { ProgType: 25, FundModel: 25, AimType: 3 }, 1],
    ['standard on FundModel 82', { ProgType: 25, FundModel: 82, AimType: 3 }, 1],
    ['standard on FundModel 36', { ProgType: 25, FundModel: 36, AimType: 3 }, 0],
    ['T Level on FundModel 25', { ProgType: 31, FundModel: 25, AimType: 3 }, 0],
    ['framework ProgType 3 is not an apprenticeship in 2025-26', { ProgType: 3, FundModel: 25, AimType: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_04, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule; DD07 of the year)', () => {
  it.each([
    ['framework ProgType 3 on FundModel 25', { ProgType: 3, FundModel: 25, AimType: 3 }, 1],
    ['traineeship on FundModel 25', { ProgType: 24, FundModel: 25, AimType: 3 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_04, '2021', fields)).toHaveLength(n));
});
