import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_08 } from './PHours_08';

const prog = { FundModel: 36, AimType: 1, ProgType: 25, StdCode: 1, LearnAimRef: 'ZPROG001' };

describe('PHours_08: apprenticeships started from 1 August 2025 plan at least 187 hours', () => {
  it.each([
    ['186', { ...prog, PHours: 186 }, 1],
    ['187', { ...prog, PHours: 187 }, 0],
    ['not returned (PHours_01)', prog, 0],
    ['started 1 August 2025', { ...prog, LearnStartDate: '2025-08-01', PHours: 186 }, 1],
    ['started 31 July 2025 (PHours_06)', { ...prog, LearnStartDate: '2025-07-31', PHours: 186 }, 0],
    ['restart', { ...prog, PHours: 186, LearningDeliveryFAM: [{ LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }] }, 0],
    ['FundModel 99', { ...prog, FundModel: 99, PHours: 186 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_08, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(PHours_08, '2021', { ...prog, PHours: 1 })).toHaveLength(0));
});
