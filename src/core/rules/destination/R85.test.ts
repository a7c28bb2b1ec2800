import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out, ULN } from './dp-fixtures';
import { R85 } from './R85';

describe('R85: destination ULN matches the learner ULN', () => {
  it.each([
    ['same ULN', ULN, 'L0001', 0],
    ['different ULN', '9999999999', 'L0001', 1],
    ['different ULN, reference in another case', '9999999999', 'l0001', 1],
    ['different ULN but another learner', '9999999999', 'L0002', 0],
  ])('%s', (_n, dpUln, ref, expected) => {
    const f = findingsOf(R85, '2021', dpSpec([out()], { uln: dpUln, ref, learners: [learner([aim()])] }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'R85', field: 'ULN', value: dpUln, learnRefNumber: 'L0001', severity: 'error' });
  });

  it('is advice in 2025-26', () => {
    const f = findingsOf(R85, '2526', dpSpec([out()], { uln: '9999999999', learners: [learner([aim()])] }));
    expect(f.map((x) => x.severity)).toEqual(['advice']);
  });
});
