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

  it('runs for 2020-21 with the one code ESFA accepted (1), though the 2020-21 lookups have no PrimaryLLDD list', () => {
    const f = findingsOf(PrimaryLLDD_02, '2021', lldd({ LLDDCat: 4, PrimaryLLDD: 2 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'PrimaryLLDD_02', entity: 'LLDDandHealthProblem', field: 'PrimaryLLDD', value: '2' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: PrimaryLLDD 2', [{ LLDDCat: 4, PrimaryLLDD: 2 }], 1],
    ['ConditionMet_False: PrimaryLLDD not returned', [{ LLDDCat: 4 }], 0],
    ['ConditionMet_False: PrimaryLLDD 1', [{ LLDDCat: 4, PrimaryLLDD: 1 }], 0],
    ['Validate_Error: LLDDCat 20 with PrimaryLLDD 2, and LLDDCat 98', [{ LLDDCat: 20, PrimaryLLDD: 2 }, { LLDDCat: 98 }], 1],
    ['Validate_NoError: LLDDCat 20 with PrimaryLLDD 1, and LLDDCat 98', [{ LLDDCat: 20, PrimaryLLDD: 1 }, { LLDDCat: 98 }], 0],
  ] as [string, Record<string, number>[], number][])('%s', (_n, recs, expected) => {
    expect(findingsOf(PrimaryLLDD_02, '2021', lldd(...recs))).toHaveLength(expected);
  });
});
