import { LearnFAMType_09 } from './LearnFAMType_09';
import { aim, type Fams, learnerFindings } from './identity-testing';

describe('LearnFAMType_09: at most one HNS, EHC, DLA, SEN, MCF, ECF, FME, MMH or EMH', () => {
  it.each([
    ['two HNS', [['HNS', 1], ['HNS', 1]], 1],
    ['two EHC', [['EHC', 1], ['EHC', 1]], 1],
    ['two DLA', [['DLA', 1], ['DLA', 1]], 1],
    ['two SEN', [['SEN', 1], ['SEN', 1]], 1],
    ['two MCF', [['MCF', 1], ['MCF', 2]], 1],
    ['two ECF', [['ECF', 1], ['ECF', 2]], 1],
    ['two FME', [['FME', 1], ['FME', 2]], 1],
    ['two MMH', [['MMH', 1], ['MMH', 2]], 1],
    ['two EMH', [['EMH', 1], ['EMH', 2]], 1],
    ['two HNS and two EHC: one finding each', [['HNS', 1], ['HNS', 1], ['EHC', 1], ['EHC', 1]], 2],
    ['one of each', [['HNS', 1], ['EHC', 1], ['DLA', 1], ['SEN', 1], ['MCF', 1], ['ECF', 1], ['FME', 1], ['MMH', 1], ['EMH', 1]], 0],
    ['two LSR (not counted here)', [['LSR', 36], ['LSR', 55]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    const f = learnerFindings(LearnFAMType_09, {}, [aim()], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType', related: [{ field: 'LearnFAMType' }] });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnFAMType_09RuleTests: more than one of HNS, EHC, DLA, SEN, MCF, ECF or FME; MMH and EMH came later.
  it.each([
    ['ConditionMet_True (two HNS)', [['HNS', 1], ['HNS', 1]], 1],
    ['ConditionMet_True (two FME)', [['FME', 1], ['FME', 2]], 1],
    ['ConditionMet_False (HNS and EHC once each)', [['HNS', 1], ['EHC', 1]], 0],
    ['two MMH: not counted in 2020-21', [['MMH', 1], ['MMH', 2]], 0],
  ] as [string, Fams, number][])('%s', (_n, fams, n) => {
    expect(learnerFindings(LearnFAMType_09, {}, [aim({}, [], '2021')], { year: '2021', fams })).toHaveLength(n);
  });
});
