import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_21 } from './FundModel_21';

describe('FundModel_21: no FundModel 38 when the original start is before 1 August 2024', () => {
  it.each([
    ['original start 31 July 2024', { FundModel: 38, OrigLearnStartDate: '2024-07-31' }, 1],
    ['original start 1 August 2024', { FundModel: 38, OrigLearnStartDate: '2024-08-01' }, 0],
    ['original start 2 August 2024', { FundModel: 38, OrigLearnStartDate: '2024-08-02' }, 0],
    ['no original start', { FundModel: 38 }, 0],
    ['FundModel 35', { FundModel: 35, OrigLearnStartDate: '2024-07-31' }, 0],
    ['started 31 July 2024 (FundModel_19 reports it)', { FundModel: 38, LearnStartDate: '2024-07-31', OrigLearnStartDate: '2023-07-31' }, 0],
    ['started 1 August 2024', { FundModel: 38, LearnStartDate: '2024-08-01', OrigLearnStartDate: '2023-07-31' }, 1],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_21, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_21, '2021', { FundModel: 38, OrigLearnStartDate: '2019-07-31' })).toHaveLength(0));
});
