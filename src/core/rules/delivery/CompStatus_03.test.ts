import { aimFindings } from './delivery-testing';
import { CompStatus_03 } from './CompStatus_03';

describe('CompStatus_03: no actual end date means the aim is continuing', () => {
  it.each([[1, null, 0], [2, null, 1], [3, null, 1], [6, null, 1], [2, '2026-01-10', 0], [6, '2026-01-10', 0]])('CompStatus %s, LearnActEndDate %s → %s', (cs, end, n) => {
    expect(aimFindings(CompStatus_03, { CompStatus: cs, LearnActEndDate: end })).toHaveLength(n);
  });
});
