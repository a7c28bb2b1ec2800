import { LearnFAMType_11 } from './LearnFAMType_11';
import { aim, type Fams, learnerFindings } from './identity-testing';

describe('LearnFAMType_11: at most two NLM and at most two EDF', () => {
  it.each([
    ['three NLM', [['NLM', 17], ['NLM', 18], ['NLM', 22]], 1],
    ['three EDF', [['EDF', 1], ['EDF', 2], ['EDF', 1]], 1],
    ['two NLM and two EDF', [['NLM', 17], ['NLM', 18], ['EDF', 1], ['EDF', 2]], 0],
    ['three of each', [['NLM', 17], ['NLM', 18], ['NLM', 22], ['EDF', 1], ['EDF', 2], ['EDF', 1]], 2],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_11, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType' });
  });

  it('2020-21 the same', () => {
    expect(learnerFindings(LearnFAMType_11, {}, [aim({}, [], '2021')], { year: '2021', fams: [['EDF', 1], ['EDF', 2], ['EDF', 1]] })).toHaveLength(1);
  });
});
