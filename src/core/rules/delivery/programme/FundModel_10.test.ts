import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_10 } from './FundModel_10';

const sof = (code: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: code }] });

describe('FundModel_10: devolved aims started by 31 July 2024 are FundModel 35 or 10', () => {
  it.each([
    ['SOF 110 on 99, started 31 July 2024', { FundModel: 99, LearnStartDate: '2024-07-31', ...sof('110') }, 1],
    ['SOF 120 on 36, started 2023', { FundModel: 36, LearnStartDate: '2023-09-01', ...sof('120') }, 1],
    ['SOF 110 on 99, started 1 August 2024', { FundModel: 99, LearnStartDate: '2024-08-01', ...sof('110') }, 0],
    ['SOF 110 on 35', { FundModel: 35, LearnStartDate: '2024-07-31', ...sof('110') }, 0],
    ['SOF 110 on 10', { FundModel: 10, LearnStartDate: '2024-07-31', ...sof('110') }, 0],
    ['SOF 105 on 99', { FundModel: 99, LearnStartDate: '2024-07-31', ...sof('105') }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_10, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['SOF 110 on 99', { FundModel: 99, ...sof('110') }, 1],
    ['SOF 110 on 35', { FundModel: 35, ...sof('110') }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_10, '2021', fields)).toHaveLength(n));
});
