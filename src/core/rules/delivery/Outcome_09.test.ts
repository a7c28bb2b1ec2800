import { aimFindings } from './delivery-testing';
import { Outcome_09 } from './Outcome_09';

describe('Outcome_09: Outcome 8 only when completed', () => {
  it.each([
    ['completed, not yet known', { CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 8 }, 0],
    ['withdrawn, not yet known', { CompStatus: 3, LearnActEndDate: '2026-06-10', Outcome: 8 }, 1],
    ['continuing, not yet known', { CompStatus: 1, Outcome: 8 }, 1],
    ['withdrawn, no achievement', { CompStatus: 3, LearnActEndDate: '2026-06-10', Outcome: 3 }, 0],
    ['apprenticeship standard programme aim excluded', { CompStatus: 1, Outcome: 8, AimType: 1, FundModel: 36, ProgType: 25 }, 0],
    ['Skills Bootcamp excluded', { CompStatus: 1, Outcome: 8, FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(Outcome_09, fields)).toHaveLength(n));
});
