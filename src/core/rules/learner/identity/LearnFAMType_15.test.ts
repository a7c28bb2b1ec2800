import { LearnFAMType_15 } from './LearnFAMType_15';
import { aim, type Fams, learnerFindings } from './identity-testing';

describe('LearnFAMType_15: MCF 1 needs an EHC plan', () => {
  it.each([
    ['MCF 1, no EHC', [['MCF', 1]], 1],
    ['MCF 1 with EHC 1', [['MCF', 1], ['EHC', 1]], 0],
    ['MCF 1 with SEN 1 only: not enough in 2025-26', [['MCF', 1], ['SEN', 1]], 1],
    ['MCF 2', [['MCF', 2]], 0],
    ['no MCF', [['EHC', 1]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_15, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType', value: 'MCF' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnFAMType_15RuleTests: MCF 1 without a LearnerFAM of type SEN or EHC fires; either one passes.
  it.each([
    ['ConditionMet_True (MCF 1 alone)', [['MCF', 1]], 1],
    ['ConditionMet_False (with EHC)', [['MCF', 1], ['EHC', 1]], 0],
    ['ConditionMet_False (with SEN)', [['MCF', 1], ['SEN', 1]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    expect(learnerFindings(LearnFAMType_15, {}, [aim({}, [], '2021')], { year: '2021', fams })).toHaveLength(n);
  });
});
