import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_06 } from './PHours_06';

const prog = { FundModel: 36, AimType: 1, ProgType: 25, StdCode: 1, LearnAimRef: 'ZPROG001', LearnStartDate: '2024-09-01' };

describe('PHours_06: apprenticeships started 1 August 2022 to 31 July 2025 plan at least 278 hours', () => {
  it.each([
    ['277', { ...prog, PHours: 277 }, 1],
    ['278', { ...prog, PHours: 278 }, 0],
    ['not returned (PHours_01)', prog, 0],
    ['started 1 August 2022', { ...prog, LearnStartDate: '2022-08-01', PHours: 277 }, 1],
    ['started 31 July 2022', { ...prog, LearnStartDate: '2022-07-31', PHours: 277 }, 0],
    ['started 31 July 2025', { ...prog, LearnStartDate: '2025-07-31', PHours: 277 }, 1],
    ['started 1 August 2025 (PHours_08)', { ...prog, LearnStartDate: '2025-08-01', PHours: 277 }, 0],
    ['restart', { ...prog, PHours: 277, LearningDeliveryFAM: [{ LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }] }, 0],
    ['FundModel 99', { ...prog, FundModel: 99, PHours: 277 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_06, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(PHours_06, '2021', { ...prog, PHours: 1 })).toHaveLength(0));
});
