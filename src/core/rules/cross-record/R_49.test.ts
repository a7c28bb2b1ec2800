import { learnerFindings, relatedOf } from './cross-testing';
import { R_49 } from './R_49';

const mon = (occur: string) => ({ ProvSpecLearnMonOccur: occur, ProvSpecLearnMon: 'X' });

describe('R_49: two learner monitoring records of the same occurrence', () => {
  it.each([
    ['A and B', ['A', 'B'], 0],
    ['A twice: both reported', ['A', 'A'], 2],
    ['a and A: the same (case-insensitive)', ['a', 'A'], 2],
    ['one record', ['A'], 0],
  ])('%s', (_n, occ, n) => {
    const f = learnerFindings(R_49, { ProviderSpecLearnerMonitoring: occ.map(mon) });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_49', field: 'ProvSpecLearnMonOccur' });
  });

  it('marks the other record as related', () => {
    expect(learnerFindings(R_49, { ProviderSpecLearnerMonitoring: [mon('A'), mon('A')] }).map(relatedOf)).toEqual([['ProvSpecLearnMonOccur=A'], ['ProvSpecLearnMonOccur=A']]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each([
    ['A and a', ['A', 'a'], 2],
    ['A and B', ['A', 'B'], 0],
  ])('%s', (_n, occ, n) => expect(learnerFindings(R_49, { ProviderSpecLearnerMonitoring: occ.map(mon) }, '2021')).toHaveLength(n));
});
