import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_15 } from './FundModel_15';

const ldm = (code: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: code }] });

describe('FundModel_15: LDM 378 only on FundModel 35 or 38', () => {
  it.each([
    ['LDM 378 on 99', { FundModel: 99, ...ldm('378') }, 1],
    ['LDM 378 on 11', { FundModel: 11, ...ldm('378') }, 1],
    ['LDM 378 on 35', { FundModel: 35, ...ldm('378') }, 0],
    ['LDM 378 on 38', { FundModel: 38, ...ldm('378') }, 0],
    ['LDM 377 on 99', { FundModel: 99, ...ldm('377') }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_15, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(FundModel_15, '2021', { FundModel: 99, ...ldm('378') })).toHaveLength(0));
});
