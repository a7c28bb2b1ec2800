import { aimFindings, yearFindings } from '../delivery-testing';
import { LearnAimRef_154 } from './LearnAimRef_154';

const event = { LearnAimRef: 'Z0060439', FundModel: 37, ProgType: 32, AimType: 3, LearnStartDate: '2025-10-01', LearnPlanEndDate: '2025-10-01' };

describe('LearnAimRef_154: an HGV Skills Bootcamp event aim starts and ends on one day', () => {
  it.each([
    ['same day', { ...event, LearnActEndDate: '2025-10-01', CompStatus: 2 }, 0],
    ['planned end a day later', { ...event, LearnPlanEndDate: '2025-10-02' }, 1],
    ['actual end a day later', { ...event, LearnActEndDate: '2025-10-02', CompStatus: 2 }, 1],
    ['Z0009541', { ...event, LearnAimRef: 'Z0009541', LearnPlanEndDate: '2025-10-02' }, 1],
    ['Z0060443', { ...event, LearnAimRef: 'Z0060443', LearnPlanEndDate: '2025-10-02' }, 1],
    ['started 1 August 2024', { ...event, LearnStartDate: '2024-08-01', LearnPlanEndDate: '2024-08-02' }, 1],
    ['started 31 July 2024', { ...event, LearnStartDate: '2024-07-31', LearnPlanEndDate: '2024-08-01' }, 0],
    ['not ProgType 32', { ...event, ProgType: 25, LearnPlanEndDate: '2025-10-02' }, 0],
    ['a non-HGV event aim', { ...event, LearnAimRef: 'Z0059747', LearnPlanEndDate: '2025-10-02' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(LearnAimRef_154, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(LearnAimRef_154, '2021', { ...event, LearnPlanEndDate: '2026-06-30' })).toHaveLength(0));
});
