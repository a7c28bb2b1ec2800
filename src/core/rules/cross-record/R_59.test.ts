import { findingsOf } from '../testing';
import { R_59 } from './R_59';

const learner = (ref: string, uln?: string) => ({ LearnRefNumber: ref, ...(uln ? { ULN: uln } : {}), LearningDelivery: [] });

describe('R_59: the same ULN on two learners', () => {
  it.each<[string, [string, string?][], number]>([
    ['different ULNs', [['A1', '1061484016'], ['A2', '1061484024']], 0],
    ['the same ULN on two learners: both reported', [['A1', '1061484016'], ['A2', '1061484016']], 2],
    ['three learners with one ULN', [['A1', '1061484016'], ['A2', '1061484016'], ['A3', '1061484016']], 3],
    ['the temporary ULN 9999999999 may repeat', [['A1', '9999999999'], ['A2', '9999999999']], 0],
    ['no ULN (FD_ULN_MA reports it)', [['A1'], ['A2']], 0],
  ])('%s', (_n, ls, n) => {
    const f = findingsOf(R_59, '2526', { Learner: ls.map(([r, u]) => learner(r, u)) });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_59', severity: 'error', entity: 'Learner', field: 'ULN', value: '1061484016' });
  });

  it('marks the other learner\'s ULN as related', () => {
    const f = findingsOf(R_59, '2526', { Learner: [learner('A1', '1061484016'), learner('B2', '1061484024'), learner('A2', '1061484016')] });
    expect(f.map((x) => [x.learnRefNumber, x.related?.map((r) => `${r.learnRefNumber}:${r.field}=${r.value}`)])).toEqual([
      ['A1', ['A2:ULN=1061484016']],
      ['A2', ['A1:ULN=1061484016']],
    ]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each<[string, [string, string][], number]>([
    ['ULN 1 on two learners', [['a', '1000000043'], ['b', '1000000043']], 2],
    ['temporary ULN on two learners', [['a', '9999999999'], ['b', '9999999999']], 0],
  ])('%s', (_n, ls, n) => expect(findingsOf(R_59, '2021', { Learner: ls.map(([r, u]) => learner(r, u)) })).toHaveLength(n));
});
