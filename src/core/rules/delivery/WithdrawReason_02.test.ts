import { aimFindings } from './delivery-testing';
import { WithdrawReason_02 } from './WithdrawReason_02';

describe('WithdrawReason_02: valid Withdrawal reason (the specification\'s codes)', () => {
  it.each([[2, 0], [29, 0], [40, 0], [98, 0], [3, 0], [1, 1], [30, 1], [99, 1], [null, 0]])('WithdrawReason %s → %s finding(s)', (wr, n) => {
    expect(aimFindings(WithdrawReason_02, { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 3, WithdrawReason: wr })).toHaveLength(n);
  });
});
