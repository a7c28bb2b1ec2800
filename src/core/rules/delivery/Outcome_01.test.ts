import { aimFindings } from './delivery-testing';
import { Outcome_01 } from './Outcome_01';

describe('Outcome_01: valid Outcome', () => {
  it.each([[1, 0], [2, 0], [3, 0], [8, 0], [4, 1], [9, 1], [null, 0]])('Outcome %s → %s finding(s)', (out, n) => {
    expect(aimFindings(Outcome_01, { CompStatus: 2, LearnActEndDate: '2026-06-01', Outcome: out })).toHaveLength(n);
  });
});
