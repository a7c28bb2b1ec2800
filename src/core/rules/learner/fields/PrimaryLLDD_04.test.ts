import { PrimaryLLDD_04 } from './PrimaryLLDD_04';
import { learnerFindings } from './fields-testing';

const recs = (...r: [number, number?][]) => r.map(([LLDDCat, PrimaryLLDD]) => ({ LLDDCat, PrimaryLLDD }));

describe('PrimaryLLDD_04: a single LLDD record must be the primary one', () => {
  it.each([
    ['one record without PrimaryLLDD', 1, recs([4]), 1],
    ['one record with PrimaryLLDD', 1, recs([4, 1]), 0],
    ['two records without PrimaryLLDD (PrimaryLLDD_01\'s)', 1, recs([4], [5]), 0],
    ['one record of category 98', 1, recs([98]), 0],
    ['one record of category 99', 1, recs([99]), 0],
    ['LLDDHealthProb 2', 2, recs([4]), 0],
  ])('%s', (_n, prob, lldd, expected) => {
    const f = learnerFindings(PrimaryLLDD_04, '2526', { LLDDHealthProb: prob, LLDDandHealthProblem: lldd });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LLDDandHealthProblem', field: 'PrimaryLLDD' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True', 1, recs([1]), 1],
    ['LLDDConditionMet_False: two records', 1, recs([1], [2]), 0],
    ['LLDDConditionMet_False: primary', 1, recs([1, 1]), 0],
    ['LLDDConditionMet_False: category 98', 1, recs([98]), 0],
    ['LLDDHealthProbConditionMet_False', 2, recs([1]), 0],
  ])('%s', (_n, prob, lldd, expected) => expect(learnerFindings(PrimaryLLDD_04, '2021', { LLDDHealthProb: prob, LLDDandHealthProblem: lldd })).toHaveLength(expected));
});
