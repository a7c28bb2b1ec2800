import { aimFindings } from './delivery-testing';
import { WithdrawReason_06 } from './WithdrawReason_06';

const withdrawn = { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 3 };
describe('WithdrawReason_06: reason 48 only on the industry placement aim ZWRKX002', () => {
  it.each([
    ['48 on another aim', { ...withdrawn, WithdrawReason: 48 }, 1],
    ['48 on ZWRKX002', { ...withdrawn, WithdrawReason: 48, LearnAimRef: 'ZWRKX002' }, 0],
    ['another reason on another aim', { ...withdrawn, WithdrawReason: 97 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(WithdrawReason_06, fields)).toHaveLength(n));
});
