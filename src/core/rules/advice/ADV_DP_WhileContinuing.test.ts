import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from '../destination/dp-fixtures';
import { ADV_DP_WhileContinuing } from './ADV_DP_WhileContinuing';

// A continuing aim started 1 Sep 2020.
const cont = aim({ CompStatus: 1, LearnActEndDate: undefined, Outcome: undefined, LearnPlanEndDate: '2021-06-30' });

describe('ADV_DP_WhileContinuing', () => {
  it.each([
    ['outcome starting after the continuing aim began', [cont], out({ OutStartDate: '2020-10-01' }), 1],
    ['outcome starting on the aim start date (the enrolment itself)', [cont], out({ OutType: 'EDU', OutCode: 4, OutStartDate: '2020-09-01' }), 0],
    ['outcome of earlier learning', [cont], out({ OutStartDate: '2020-06-01' }), 0],
    ['all aims ended', [aim()], out({ OutStartDate: '2021-03-01' }), 0],
    ['aim on a break', [aim({ CompStatus: 6 })], out({ OutStartDate: '2021-03-01' }), 0],
  ])('%s', (_n, aims, outcome, expected) => {
    const f = findingsOf(ADV_DP_WhileContinuing, '2021', dpSpec([outcome], { learners: [learner(aims)] }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'ADV_DP_WhileContinuing', severity: 'advice', entity: 'DPOutcome', field: 'OutStartDate', learnRefNumber: 'L0001' });
  });

  it('ignores destination records with no learner', () => {
    expect(findingsOf(ADV_DP_WhileContinuing, '2021', dpSpec([out()], { ref: 'NOBODY', learners: [learner([cont])] }))).toHaveLength(0);
  });
});
