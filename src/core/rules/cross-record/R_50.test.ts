import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_50 } from './R_50';

const mon = (occur: string) => ({ ProvSpecDelMonOccur: occur, ProvSpecDelMon: 'X' });

describe('R_50: two delivery monitoring records of the same occurrence on an aim', () => {
  it.each([
    ['A and B', [['A', 'B']], 0],
    ['A twice on one aim: both reported', [['A', 'A']], 2],
    ['a and A (case-insensitive)', [['a', 'A']], 2],
    ['A on each of two aims', [['A'], ['A']], 0],
  ])('%s', (_n, perAim, n) => {
    const f = learnerFindings(R_50, { LearningDelivery: perAim.map((occ, i) => aim(i + 1, { ProviderSpecDeliveryMonitoring: occ.map(mon) })) });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_50', field: 'ProvSpecDelMonOccur', aimSeqNumber: '1' });
  });

  it('marks the other record as related', () => {
    const f = learnerFindings(R_50, { LearningDelivery: [aim(1, { ProviderSpecDeliveryMonitoring: [mon('B'), mon('B')] })] });
    expect(f.map(relatedOf)).toEqual([['ProvSpecDelMonOccur=B'], ['ProvSpecDelMonOccur=B']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('1');
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each([
    ['A and a on one aim', [['A', 'a']], 2],
    ['A and B', [['A', 'B']], 0],
  ])('%s', (_n, perAim, n) =>
    expect(learnerFindings(R_50, { LearningDelivery: perAim.map((occ, i) => aim(i + 1, { LearnStartDate: '2020-09-01', ProviderSpecDeliveryMonitoring: occ.map(mon) })) }, '2021')).toHaveLength(n));
});
