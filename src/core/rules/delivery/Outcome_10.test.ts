import { aimFindings } from './delivery-testing';
import { Outcome_10 } from './Outcome_10';

describe('Outcome_10: no achievement is not valid while continuing', () => {
  it.each([[1, 3, 1], [1, 8, 0], [2, 3, 0], [3, 3, 0]])('CompStatus %s, Outcome %s → %s', (cs, out, n) =>
    expect(aimFindings(Outcome_10, { CompStatus: cs, Outcome: out, LearnActEndDate: cs === 1 ? null : '2026-06-10' })).toHaveLength(n));
});
