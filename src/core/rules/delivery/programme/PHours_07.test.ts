import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_07 } from './PHours_07';

describe('PHours_07: Tailored Learning aims return PHours', () => {
  it.each([
    ['11 without PHours', { FundModel: 11 }, 1],
    ['11 with PHours', { FundModel: 11, PHours: 12 }, 0],
    ['11 with PHours 0', { FundModel: 11, PHours: 0 }, 0],
    ['38 without PHours', { FundModel: 38 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_07, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(PHours_07, '2021', { FundModel: 11 })).toHaveLength(0));
});
