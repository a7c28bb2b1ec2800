import { PrimaryLLDD_03 } from './PrimaryLLDD_03';
import { learnerFindings } from './fields-testing';

const recs = (...r: [number, number?][]) => r.map(([LLDDCat, PrimaryLLDD]) => ({ LLDDCat, PrimaryLLDD }));

describe('PrimaryLLDD_03: at most one primary LLDD record', () => {
  it.each([
    ['two primary', recs([4, 1], [5, 1]), 1],
    ['three primary: one finding', recs([4, 1], [5, 1], [6, 1]), 1],
    ['one primary', recs([4, 1], [5]), 0],
    ['none', recs([4], [5]), 0],
  ])('%s', (_n, lldd, expected) => {
    const f = learnerFindings(PrimaryLLDD_03, '2526', { LLDDHealthProb: 1, LLDDandHealthProblem: lldd });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LLDDandHealthProblem', field: 'PrimaryLLDD', related: expect.arrayContaining([expect.objectContaining({ field: 'PrimaryLLDD' })]) });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: two primary', recs([1, 1], [2, 1]), 1],
    ['ConditionMet_False: one primary', recs([1, 1], [2]), 0],
    ['ConditionMet_False: none', [], 0],
  ])('%s', (_n, lldd, expected) => expect(learnerFindings(PrimaryLLDD_03, '2021', { LLDDHealthProb: 1, LLDDandHealthProblem: lldd })).toHaveLength(expected));
});
