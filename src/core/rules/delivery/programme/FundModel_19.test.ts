import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_19 } from './FundModel_19';

describe('FundModel_19: FundModel 38 only for starts from 1 August 2024', () => {
  it.each([
    ['38, started 31 July 2024', { FundModel: 38, LearnStartDate: '2024-07-31' }, 1],
    ['38, started 1 August 2024', { FundModel: 38, LearnStartDate: '2024-08-01' }, 0],
    ['38, started 2 August 2024', { FundModel: 38, LearnStartDate: '2024-08-02' }, 0],
    ['35, started 31 July 2024', { FundModel: 35, LearnStartDate: '2024-07-31' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_19, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_19, '2021', { FundModel: 38 })).toHaveLength(0));
});
