import { aimFindings } from './delivery-testing';
import { WithdrawReason_03 } from './WithdrawReason_03';

describe('WithdrawReason_03: a withdrawn aim has a Withdrawal reason', () => {
  it.each([[3, null, 1], [3, 97, 0], [3, 29, 0], [2, null, 0], [6, null, 0], [1, null, 0]])('CompStatus %s, WithdrawReason %s → %s', (cs, wr, n) => {
    const f = aimFindings(WithdrawReason_03, { CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10', WithdrawReason: wr });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'CompStatus', value: '3' });
  });
});
