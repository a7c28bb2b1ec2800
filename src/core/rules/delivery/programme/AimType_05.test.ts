import { aimFindings, yearFindings } from '../delivery-testing';
import { AimType_05 } from './AimType_05';

describe('AimType_05: a core aim only on 16-19 funding', () => {
  it.each([
    ['core aim, FundModel 35', { AimType: 5, FundModel: 35 }, 1],
    ['core aim, FundModel 99', { AimType: 5, FundModel: 99 }, 1],
    ['core aim, FundModel 25', { AimType: 5, FundModel: 25 }, 0],
    ['core aim, FundModel 82', { AimType: 5, FundModel: 82 }, 0],
    ['component aim, FundModel 35', { AimType: 4, FundModel: 35 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AimType_05, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['core aim, FundModel 35', { AimType: 5, FundModel: 35 }, 1],
    ['core aim, FundModel 25', { AimType: 5, FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(AimType_05, '2021', fields)).toHaveLength(n));
});
