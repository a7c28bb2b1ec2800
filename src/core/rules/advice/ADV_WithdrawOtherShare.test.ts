import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import { aim } from '../destination/dp-fixtures';
import { ADV_WithdrawOtherShare } from './ADV_WithdrawOtherShare';

/** n learners each with one withdrawn aim, the first `other` coded with `code`, the rest 29 (made redundant). */
function learners(n: number, other: number, code = 97): RecordSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    LearnRefNumber: `L${String(i + 1).padStart(4, '0')}`,
    LearningDelivery: [aim({ CompStatus: 3, Outcome: 3, WithdrawReason: i < other ? code : 29 })],
  }));
}

describe('ADV_WithdrawOtherShare', () => {
  it.each([
    ['1 of 10 (10%, at the threshold)', 10, 1, 97, {}, 0],
    ['2 of 10 (20%)', 10, 2, 97, {}, 1],
    ['2 of 19 (10.5%)', 19, 2, 98, {}, 1],
    ['no 97 or 98', 10, 0, 97, {}, 0],
    ['2 of 10 with a 25% threshold', 10, 2, 97, { withdrawOtherPercent: 25 }, 0],
    ['code 40 is not "other" in the specification', 10, 5, 40, {}, 0],
  ])('%s', (_n, n, other, code, settings, expected) => {
    const f = findingsOf(ADV_WithdrawOtherShare, '2526', { Learner: learners(n, other, code) }, { settings });
    expect(f).toHaveLength(expected);
  });

  it('reports once, with the counts, at the first such aim', () => {
    const f = findingsOf(ADV_WithdrawOtherShare, '2526', { Learner: learners(19, 2, 98) });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'ADV_WithdrawOtherShare', severity: 'advice', field: 'WithdrawReason', value: '98', learnRefNumber: 'L0001' });
    expect(f[0]!.message).toMatch(/^2 of 19 withdrawn aims \(10\.5%\)/);
  });

  it('ignores aims that are not withdrawn and withdrawals with no reason', () => {
    const spec = { Learner: [...learners(1, 1), { LearnRefNumber: 'X', LearningDelivery: [aim(), aim({ CompStatus: 3, AimSeqNumber: 2 })] }] };
    const f = findingsOf(ADV_WithdrawOtherShare, '2526', spec);
    expect(f[0]!.message).toMatch(/^1 of 1 withdrawn/);
  });
});
