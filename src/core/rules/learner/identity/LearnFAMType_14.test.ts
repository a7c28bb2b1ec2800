import { LearnFAMType_14 } from './LearnFAMType_14';
import { aim, type Fams, learnerFindings } from './identity-testing';

describe('LearnFAMType_14: not both SEN 1 and EHC 1', () => {
  it.each([
    ['SEN 1 and EHC 1', [['SEN', 1], ['EHC', 1]], 1],
    ['SEN 1 only', [['SEN', 1]], 0],
    ['EHC 1 only', [['EHC', 1]], 0],
    ['SEN 1 and EHC 2 (not a code of EHC)', [['SEN', 1], ['EHC', 2]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_14, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType', value: 'SEN', related: [{ value: 'EHC' }] });
  });

  it('2020-21 the same', () => {
    expect(learnerFindings(LearnFAMType_14, {}, [aim({}, [], '2021')], { year: '2021', fams: [['SEN', 1], ['EHC', 1]] })).toHaveLength(1);
  });
});
