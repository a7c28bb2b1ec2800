import { aimFindings } from './delivery-testing';
import { CompStatus_02 } from './CompStatus_02';

describe('CompStatus_02: an actual end date means the aim is not continuing', () => {
  it.each([
    ['continuing with an end date', { CompStatus: 1, LearnActEndDate: '2026-01-10' }, 1],
    ['continuing without an end date', { CompStatus: 1 }, 0],
    ['completed with an end date', { CompStatus: 2, LearnActEndDate: '2026-01-10' }, 0],
    ['apprenticeship standard programme aim excluded (FM36)', { CompStatus: 1, LearnActEndDate: '2026-01-10', AimType: 1, FundModel: 36, ProgType: 25 }, 0],
    ['apprenticeship standard programme aim excluded (FM99)', { CompStatus: 1, LearnActEndDate: '2026-01-10', AimType: 1, FundModel: 99, ProgType: 25 }, 0],
    ['standard component aim is not excluded', { CompStatus: 1, LearnActEndDate: '2026-01-10', AimType: 3, FundModel: 36, ProgType: 25 }, 1],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(CompStatus_02, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'CompStatus', value: '1', aimSeqNumber: '1', learnRefNumber: 'L0001' });
  });
});
