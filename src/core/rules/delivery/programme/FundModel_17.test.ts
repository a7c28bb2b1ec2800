import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_17 } from './FundModel_17';

describe('FundModel_17: no FundModel 35 for starts from 1 August 2024', () => {
  it.each([
    ['35, started 1 August 2024', { FundModel: 35, LearnStartDate: '2024-08-01' }, 1],
    ['35, started 2 August 2024', { FundModel: 35, LearnStartDate: '2024-08-02' }, 1],
    ['35, started 31 July 2024', { FundModel: 35, LearnStartDate: '2024-07-31' }, 0],
    ['35, restart', { FundModel: 35, LearnStartDate: '2025-09-01', LearningDeliveryFAM: [{ LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }] }, 0],
    ['38, started 2025', { FundModel: 38, LearnStartDate: '2025-09-01' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_17, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_17, '2021', { FundModel: 35, LearnStartDate: '2025-09-01' })).toHaveLength(0));
});
