import { LearnFAMType_17 } from './LearnFAMType_17';
import { aim, type Fams, learnerFindings } from './identity-testing';

describe('LearnFAMType_17: not both NLM 21 and NLM 22', () => {
  it.each([
    ['NLM 21 and NLM 22', [['NLM', 22], ['NLM', 21]], 1],
    ['NLM 22 only', [['NLM', 22]], 0],
    ['NLM 21 only', [['NLM', 21]], 0],
    ['NLM 21 and NLM 17', [['NLM', 21], ['NLM', 17]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_17, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMCode', value: '21', related: [{ value: '22' }] });
  });

  it('does not exist in 2020-21', () => {
    expect(learnerFindings(LearnFAMType_17, {}, [aim({}, [], '2021')], { year: '2021', fams: [['NLM', 22], ['NLM', 21]] })).toHaveLength(0);
  });
});
