import { findingsOf, learnerWith } from '../testing';
import { LLDDCat_01 } from './LLDDCat_01';
import { PrimaryLLDD_02 } from './PrimaryLLDD_02';

const lldd = (...recs: Record<string, string | number>[]) => learnerWith({ LLDDHealthProb: 1, LLDDandHealthProblem: recs });

describe('LLDDCat_01: each LLDD category must be a valid code', () => {
  it.each([
    [[4, 5, 99], []],
    [[4, 20], ['20']],
    [[0, 100, 6], ['0', '100']],
  ] as [number[], string[]][])('%p', (cats, bad) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(LLDDCat_01, year, lldd(...cats.map((c) => ({ LLDDCat: c }))));
      expect(f.map((x) => x.value)).toEqual(bad);
      for (const x of f) expect(x).toMatchObject({ entity: 'LLDDandHealthProblem', field: 'LLDDCat' });
    }
  });
});

describe('PrimaryLLDD_02: the primary flag must be a valid code', () => {
  it.each([
    [1, false],
    [2, true],
    [0, true],
  ])('%p', (value, fires) => {
    expect(findingsOf(PrimaryLLDD_02, '2526', lldd({ LLDDCat: 4, PrimaryLLDD: value }))).toHaveLength(fires ? 1 : 0);
  });

  it('is not run for 2020-21, whose own PrimaryLLDD list the product does not have', () => {
    expect(findingsOf(PrimaryLLDD_02, '2021', lldd({ LLDDCat: 4, PrimaryLLDD: 2 }))).toEqual([]);
  });
});
