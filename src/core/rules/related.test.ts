import { messageFrom } from '../model/build';
import { R_59 } from './cross-record/R_59';
import { MAX_RELATED, othersOf } from './related';
import { runDefinitions } from './testing';

describe('a finding names at most MAX_RELATED other records', () => {
  it('othersOf: the first others, and how many there are', () => {
    const group = Array.from({ length: 50 }, (_, i) => i);
    expect(othersOf(group, 3)).toEqual({ others: [0, 1, 2, ...Array.from({ length: MAX_RELATED - 3 }, (_, i) => i + 4)], total: 49 });
    expect(othersOf([1, 2], 1)).toEqual({ others: [2], total: 1 });
  });

  it('1,000 learners with one ULN: each finding names 20 of the others and says how many more (linear, not 1,000 × 999)', () => {
    const Learner = Array.from({ length: 1000 }, (_, i) => ({ LearnRefNumber: `L${i}`, ULN: '1061484016' }));
    const f = runDefinitions(messageFrom('2526', { Learner }), [R_59], { asOf: '2026-01-01' });
    expect(f).toHaveLength(1000);
    for (const x of f) expect(x.related).toHaveLength(MAX_RELATED);
    expect(f[0]!.message).toMatch(/\(and 979 more records like the 20 named\)$/);
    // two learners: the other one named, nothing more said
    const two = runDefinitions(messageFrom('2526', { Learner: Learner.slice(0, 2) }), [R_59], { asOf: '2026-01-01' });
    expect(two[0]!.related).toHaveLength(1);
    expect(two[0]!.message).not.toMatch(/more records/);
  });
});
