import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_01 } from './ProgType_01';

describe('ProgType_01: programme and component aims return a ProgType', () => {
  it.each([
    ['programme aim without ProgType', { AimType: 1, LearnAimRef: 'ZPROG001' }, 1],
    ['component aim without ProgType', { AimType: 3 }, 1],
    ['component aim with ProgType', { AimType: 3, ProgType: 31 }, 0],
    ['stand-alone aim without ProgType', { AimType: 4 }, 0],
    ['core aim without ProgType', { AimType: 5, FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_01, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['component aim without ProgType', { AimType: 3 }, 1],
    ['component aim with ProgType', { AimType: 3, ProgType: 24 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(ProgType_01, '2021', fields)).toHaveLength(n));
});
