import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_14 } from './FundModel_14';

describe('FundModel_14: OTJActHours only on FundModel 36', () => {
  it.each([
    ['OTJActHours on 35', { FundModel: 35, OTJActHours: 100 }, 1],
    ['OTJActHours 0 on 99', { FundModel: 99, OTJActHours: 0 }, 1],
    ['OTJActHours on 36', { FundModel: 36, OTJActHours: 100 }, 0],
    ['no OTJActHours on 35', { FundModel: 35 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_14, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['OTJActHours on 35', { FundModel: 35, OTJActHours: 100 }, 1],
    ['OTJActHours on 36', { FundModel: 36, OTJActHours: 100 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_14, '2021', fields)).toHaveLength(n));
});
