import { aimFindings, esfaFindings } from '../delivery-testing';
import { AddHours_02 } from './AddHours_02';

describe('AddHours_02: no AddHours for 16-19, community learning, bootcamps or non-funded aims', () => {
  it.each([
    ['FundModel 25', { FundModel: 25, AddHours: 5 }, 1],
    ['FundModel 82', { FundModel: 82, AddHours: 5 }, 1],
    ['FundModel 10', { FundModel: 10, AddHours: 5 }, 1],
    ['FundModel 37', { FundModel: 37, AddHours: 5 }, 1],
    ['FundModel 99', { FundModel: 99, AddHours: 5 }, 1],
    ['FundModel 35', { FundModel: 35, AddHours: 5 }, 0],
    ['FundModel 38', { FundModel: 38, AddHours: 5 }, 0],
    ['FundModel 25 without AddHours', { FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AddHours_02, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['25', { FundModel: 25, AddHours: 1 }, 1],
    ['99', { FundModel: 99, AddHours: 1 }, 1],
    ['not: AddHours null', { FundModel: 25 }, 0],
    ['not: FundModel (35)', { FundModel: 35, AddHours: 1 }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AddHours_02, fields)).toHaveLength(n));
});
