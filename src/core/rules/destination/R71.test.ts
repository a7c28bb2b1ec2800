import type { MessageSpec } from '../../model/build';
import { findingsOf } from '../testing';
import { out, ULN } from './dp-fixtures';
import { R71 } from './R71';

const spec = (...refs: string[]): MessageSpec => ({ LearnerDestinationandProgression: refs.map((r) => ({ LearnRefNumber: r, ULN, DPOutcome: [out()] })) });

describe('R71: one destination record per learner', () => {
  it.each([
    ['two records for L1', ['L1', 'L1'], 1],
    ['differing only in case', ['L1', 'l1'], 1],
    ['three records: once', ['L1', 'L1', 'L1'], 1],
    ['different learners', ['L1', 'L2'], 0],
  ])('%s', (_n, refs, expected) => {
    const f = findingsOf(R71, '2021', spec(...refs));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'R71', field: 'LearnRefNumber', learnRefNumber: refs[1] });
  });

  it('does not apply to a year without the DP entity', () => {
    expect(findingsOf(R71, '2526', spec('L1', 'L1'))).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ValidationPasses: 12345 and 123456', ['12345', '123456'], 0],
    ['ValidationFails: 0r71 and 0R71 (case-insensitive)', ['0r71', '0R71'], 1],
  ])('%s', (_n, refs, expected) => {
    expect(findingsOf(R71, '2021', spec(...refs))).toHaveLength(expected);
  });
});
