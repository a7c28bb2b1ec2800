import { LearnFAMType_16 } from './LearnFAMType_16';
import { aim, type Fams, learnerFindings } from './identity-testing';

describe('LearnFAMType_16: ECF 1 needs an EHC plan', () => {
  it.each([
    ['ECF 1, no EHC', [['ECF', 1]], 1],
    ['ECF 1 with EHC 1', [['ECF', 1], ['EHC', 1]], 0],
    ['ECF 1 with SEN 1 only: not enough in 2025-26', [['ECF', 1], ['SEN', 1]], 1],
    ['ECF 2', [['ECF', 2]], 0],
    ['no ECF', [['EHC', 1]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_16, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType', value: 'ECF' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnFAMType_16RuleTests: ECF 1 without a LearnerFAM of type SEN or EHC fires; either one passes.
  it.each([
    ['ConditionMet_True (ECF 1 alone)', [['ECF', 1]], 1],
    ['ConditionMet_False (with EHC)', [['ECF', 1], ['EHC', 1]], 0],
    ['ConditionMet_False (with SEN)', [['ECF', 1], ['SEN', 1]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    expect(learnerFindings(LearnFAMType_16, {}, [aim({}, [], '2021')], { year: '2021', fams })).toHaveLength(n);
  });
});
