import { findingsOf, learnerWith } from '../testing';
import { LLDDHealthProb_01 } from './LLDDHealthProb_01';

describe('LLDDHealthProb_01: LLDDHealthProb must be a valid code', () => {
  it.each([
    [1, false],
    [2, false],
    [9, false],
    [3, true],
    [0, true]
  ])('%p', (value, fires) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(LLDDHealthProb_01, year, learnerWith({ LLDDHealthProb: value }));
      expect(f).toHaveLength(fires ? 1 : 0);
      if (fires) expect(f[0]).toMatchObject({ rule: 'LLDDHealthProb_01', severity: 'error', entity: 'Learner', field: 'LLDDHealthProb', value: String(value) });
    }
  });

  it('leaves a blank value to the FD rules', () => {
    expect(findingsOf(LLDDHealthProb_01, '2526', learnerWith({ LLDDHealthProb: '' }))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: 5', 5, 1],
    ['ConditionMet_False: 1', 1, 0],
    ['ConditionMet_False: 2', 2, 0],
    ['ConditionMet_False: 9', 9, 0],
    ['ValidateError: 5', 5, 1],
    ['ValidateNoError: 1', 1, 0],
    ['ValidateNoError: 2', 2, 0],
    ['ValidateNoError: 9', 9, 0],
  ])('%s', (_n, value, expected) => {
    expect(findingsOf(LLDDHealthProb_01, '2021', learnerWith({ LLDDHealthProb: value }))).toHaveLength(expected);
  });
});
