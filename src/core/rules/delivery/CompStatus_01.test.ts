import { aimFindings } from './delivery-testing';
import { CompStatus_01 } from './CompStatus_01';

describe('CompStatus_01: valid Completion status', () => {
  it.each([[1, 0], [2, 0], [3, 0], [6, 0], [4, 1], [5, 1], [9, 1]])('CompStatus %s → %s finding(s)', (cs, n) => {
    expect(aimFindings(CompStatus_01, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10' })).toHaveLength(n);
  });
});
