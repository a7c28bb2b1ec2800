import { ProvSpecLearnMonOccur_01 } from './ProvSpecLearnMonOccur_01';
import { learnerFindings } from './fields-testing';

const mon = (...occ: string[]) => ({ ProviderSpecLearnerMonitoring: occ.map((o) => ({ ProvSpecLearnMonOccur: o, ProvSpecLearnMon: 'X1' })) });

describe('ProvSpecLearnMonOccur_01: occurrence A or B', () => {
  it.each([
    ['A and B', mon('A', 'B'), 0],
    ['a (any case)', mon('a'), 0],
    ['C', mon('C'), 1],
    ['A and Z', mon('A', 'Z'), 1],
    ['C and D: two findings', mon('C', 'D'), 2],
  ])('%s', (_n, fields, expected) => {
    const f = learnerFindings(ProvSpecLearnMonOccur_01, '2526', fields);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'ProviderSpecLearnerMonitoring', field: 'ProvSpecLearnMonOccur' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: C', 'C', 1],
    ['ConditionMet_False: A', 'A', 0],
    ['ConditionMet_False: b', 'b', 0],
  ])('%s', (_n, occ, expected) => expect(learnerFindings(ProvSpecLearnMonOccur_01, '2021', mon(occ))).toHaveLength(expected));
});
