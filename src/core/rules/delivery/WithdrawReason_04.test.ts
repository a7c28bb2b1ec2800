import { aimFindings } from './delivery-testing';
import { WithdrawReason_04 } from './WithdrawReason_04';

describe('WithdrawReason_04: only a withdrawn aim has a Withdrawal reason', () => {
  it.each([[1, 97, 1], [2, 97, 1], [6, 2, 1], [3, 97, 0], [1, null, 0], [2, null, 0]])('CompStatus %s, WithdrawReason %s → %s', (cs, wr, n) => {
    const f = aimFindings(WithdrawReason_04, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10', WithdrawReason: wr });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'WithdrawReason' });
  });
});
