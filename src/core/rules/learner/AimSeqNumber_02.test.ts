import { findingsOf, learnerWith } from '../testing';
import { AimSeqNumber_02 } from './AimSeqNumber_02';

const aims = (...seqs: (string | number)[]) => seqs.map((s) => ({ LearnAimRef: 'ZPROG001', AimSeqNumber: s }));

describe('AimSeqNumber_02: AimSeqNumber not greater than the count of aims', () => {
  it.each([
    ['1, 2, 3', aims(1, 2, 3), []],
    ['3, 1, 2 (any order)', aims(3, 1, 2), []],
    ['1, 3 (3 > 2 aims)', aims(1, 3), ['3']],
    ['single aim numbered 2', aims(2), ['2']],
    ['single aim numbered 1 (boundary)', aims(1), []],
    ['1, 1 (a duplicate is R_07\'s)', aims(1, 1), []],
    ['not a number: left to FD_AimSeqNumber_DT', aims('x'), []],
  ])('%s', (_n, list, expected) => {
    const f = findingsOf(AimSeqNumber_02, '2526', learnerWith({}, list));
    expect(f.map((x) => x.aimSeqNumber)).toEqual(expected);
    for (const x of f) expect(x).toMatchObject({ rule: 'AimSeqNumber_02', severity: 'error', field: 'AimSeqNumber' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number[], number]>([
    ['ConditionMet_True: one aim, AimSeqNumber 2', [2], 1],
    ['ConditionMet_False: two aims, AimSeqNumber 2', [1, 2], 0],
    ['Validate_Error: one aim, AimSeqNumber 2', [2], 1],
    ['Validate_NoErrors: one aim, AimSeqNumber 1', [1], 0],
  ])('%s', (_n, seqs, expected) => {
    expect(findingsOf(AimSeqNumber_02, '2021', learnerWith({}, aims(...seqs)))).toHaveLength(expected);
  });
});
