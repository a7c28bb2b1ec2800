import { findingsOf, learnerWith } from '../testing';
import { LLDDCat_01 } from './LLDDCat_01';

const lldd = (...recs: Record<string, string | number>[]) => learnerWith({ LLDDHealthProb: 1, LLDDandHealthProblem: recs });

describe('LLDDCat_01: each LLDD category must be a valid code', () => {
  it.each([
    [[4, 5, 99], [], []],
    // the 2025-26 list is incomplete (18 rests on third-party sources): 20 may be a code the product lacks; the
    // 2020-21 Lookups list is whole
    [[4, 20], [], ['20']],
    [[4, 100], ['100'], ['100']], // more digits than any LLDDCat code
    [[0, 100, 6], ['0', '100'], ['0', '100']],
  ] as [number[], string[], string[]][])('%p', (cats, bad2526, bad2021) => {
    for (const [year, bad] of [['2526', bad2526], ['2021', bad2021]] as const) {
      const f = findingsOf(LLDDCat_01, year, lldd(...cats.map((c) => ({ LLDDCat: c }))));
      expect(f.map((x) => x.value)).toEqual(bad);
      for (const x of f) expect(x).toMatchObject({ entity: 'LLDDandHealthProblem', field: 'LLDDCat' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_False: category 1', 1, 0],
    ['Validate_NoError: category 1', 1, 0],
  ])('%s', (_n, cat, expected) => {
    expect(findingsOf(LLDDCat_01, '2021', lldd({ LLDDCat: cat }))).toHaveLength(expected);
  });
});
