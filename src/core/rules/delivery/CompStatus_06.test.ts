import { aimFindings } from './delivery-testing';
import { CompStatus_06 } from './CompStatus_06';

describe('CompStatus_06: withdrawn or on a break cannot be achieved or "not yet known"', () => {
  it.each([[3, 1, 1], [3, 8, 1], [6, 1, 1], [6, 8, 1], [3, 3, 0], [3, 2, 0], [2, 1, 0], [2, 8, 0]])('CompStatus %s, Outcome %s → %s', (cs, out, n) => {
    expect(aimFindings(CompStatus_06, { CompStatus: cs, LearnActEndDate: '2026-01-10', Outcome: out })).toHaveLength(n);
  });
  it('Skills Bootcamps are excluded', () => {
    expect(aimFindings(CompStatus_06, { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 1, FundModel: 37, ProgType: 32 })).toHaveLength(0);
  });
});
