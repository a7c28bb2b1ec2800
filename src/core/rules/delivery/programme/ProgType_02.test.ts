import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_02 } from './ProgType_02';

describe('ProgType_02: no ProgType on stand-alone aims', () => {
  it.each([
    ['stand-alone aim with ProgType', { AimType: 4, ProgType: 25 }, 1],
    ['stand-alone aim without ProgType', { AimType: 4 }, 0],
    ['component aim with ProgType', { AimType: 3, ProgType: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_02, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['stand-alone aim with ProgType', { AimType: 4, ProgType: 24 }, 1],
    ['stand-alone aim without ProgType', { AimType: 4 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(ProgType_02, '2021', fields)).toHaveLength(n));
});
