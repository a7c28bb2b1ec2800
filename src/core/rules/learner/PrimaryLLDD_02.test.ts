import { findingsOf, learnerWith } from '../testing';
import { PrimaryLLDD_02 } from './PrimaryLLDD_02';

const lldd = (...recs: Record<string, string | number>[]) => learnerWith({ LLDDHealthProb: 1, LLDDandHealthProblem: recs });

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
