import { findingsOf, learnerWith } from '../testing';
import { R_07 } from './R_07';

const aims = (...seqs: (string | number)[]) => seqs.map((s) => ({ LearnAimRef: 'ZPROG001', AimSeqNumber: s }));

describe('R_07: duplicate AimSeqNumber within a learner', () => {
  it.each([
    ['1, 2, 3', aims(1, 2, 3), 0],
    ['1, 1', aims(1, 1), 2],
    ['1, 2, 2, 2', aims(1, 2, 2, 2), 3],
    ['"01" and "1" are the same number', aims('01', '1'), 2],
    ['single aim', aims(1), 0],
  ])('%s', (_n, list, expected) => {
    const f = findingsOf(R_07, '2526', learnerWith({}, list));
    expect(f).toHaveLength(expected);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_07', entity: 'LearningDelivery', field: 'AimSeqNumber', learnRefNumber: 'L0001' });
  });

  it('does not compare aims of different learners', () => {
    const spec = { Learner: [{ LearnRefNumber: 'L1', LearningDelivery: aims(1) }, { LearnRefNumber: 'L2', LearningDelivery: aims(1) }] };
    expect(findingsOf(R_07, '2526', spec)).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number[], boolean]>([
    ['ConditionMet_True: 1, 2, 2', [1, 2, 2], true],
    ['ConditionMet_False: 1, 2', [1, 2], false],
    ['Validate_Error: 1, 1', [1, 1], true],
    ['Validate_NoError: 1, 2', [1, 2], false],
  ])('%s', (_n, seqs, fires) => {
    expect(findingsOf(R_07, '2021', learnerWith({}, aims(...seqs))).length > 0).toBe(fires);
  });
});
