import { LearnFAMType_10 } from './LearnFAMType_10';
import { aim, type Fams, learnerFindings } from './identity-testing';

const lsr = (n: number): Fams => Array.from({ length: n }, (_v, i) => ['LSR', 55 + i] as [string, number]);

describe('LearnFAMType_10: at most four LSR', () => {
  it.each([
    ['five LSR', lsr(5), 1],
    ['four LSR', lsr(4), 0],
    ['three LSR', lsr(3), 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_10, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType' });
    if (n) expect(f[0]!.related).toHaveLength(4);
  });

  it('2020-21 the same', () => {
    expect(learnerFindings(LearnFAMType_10, {}, [aim({}, [], '2021')], { year: '2021', fams: lsr(5) })).toHaveLength(1);
  });
});
