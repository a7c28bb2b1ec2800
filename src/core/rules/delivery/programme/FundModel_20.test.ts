import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_20 } from './FundModel_20';

describe('FundModel_20: FundModel 11 only for starts from 1 August 2024', () => {
  it.each([
    ['11, started 31 July 2024', { FundModel: 11, LearnStartDate: '2024-07-31' }, 1],
    ['11, started 1 August 2024', { FundModel: 11, LearnStartDate: '2024-08-01' }, 0],
    ['11, started 2 August 2024', { FundModel: 11, LearnStartDate: '2024-08-02' }, 0],
    ['35, started 31 July 2024', { FundModel: 35, LearnStartDate: '2024-07-31' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_20, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_20, '2021', { FundModel: 11 })).toHaveLength(0));
});
