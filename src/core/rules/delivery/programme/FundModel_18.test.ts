import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_18 } from './FundModel_18';

const fams = (...f: [string, string][]) => ({ LearningDeliveryFAM: f.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })) });

describe('FundModel_18: devolved aims started from 1 August 2024 are FundModel 38 or 11', () => {
  it.each([
    ['SOF 110 on 35, started 1 August 2024', { FundModel: 35, LearnStartDate: '2024-08-01', ...fams(['SOF', '110']) }, 1],
    ['SOF 116 on 99', { FundModel: 99, ...fams(['SOF', '116']) }, 1],
    ['SOF 110 on 35, started 31 July 2024', { FundModel: 35, LearnStartDate: '2024-07-31', ...fams(['SOF', '110']) }, 0],
    ['SOF 110 on 38', { FundModel: 38, ...fams(['SOF', '110']) }, 0],
    ['SOF 110 on 11', { FundModel: 11, ...fams(['SOF', '110']) }, 0],
    ['SOF 105 on 35', { FundModel: 35, ...fams(['SOF', '105']) }, 0],
    ['restart', { FundModel: 35, ...fams(['SOF', '110'], ['RES', '1']) }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_18, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_18, '2021', { FundModel: 35, ...fams(['SOF', '110']) })).toHaveLength(0));
});
