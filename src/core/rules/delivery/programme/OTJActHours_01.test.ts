import { aimFindings, yearFindings } from '../delivery-testing';
import { OTJActHours_01 } from './OTJActHours_01';

describe('OTJActHours_01: OTJActHours only on the programme aim', () => {
  it.each([
    ['on a component aim', { FundModel: 36, AimType: 3, ProgType: 25, OTJActHours: 200 }, 1],
    ['0 on a stand-alone aim', { OTJActHours: 0 }, 1],
    ['on the programme aim', { FundModel: 36, AimType: 1, ProgType: 25, LearnAimRef: 'ZPROG001', OTJActHours: 200 }, 0],
    ['not returned on a component aim', { FundModel: 36, AimType: 3, ProgType: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(OTJActHours_01, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['on a component aim', { AimType: 3, OTJActHours: 200 }, 1],
    ['on the programme aim', { AimType: 1, OTJActHours: 200 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(OTJActHours_01, '2021', fields)).toHaveLength(n));
});
