import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from './dp-fixtures';
import { R107 } from './R107';

const end = '2021-01-31';

describe('R107: finished learners need a destination from the end of learning', () => {
  it.each([
    ['no destination at all', [aim()], [], 1],
    ['outcome starting on the end date', [aim()], [out({ OutStartDate: end })], 0],
    ['outcome starting the day after', [aim()], [out({ OutStartDate: '2021-02-01' })], 0],
    ['outcome starting the day before', [aim()], [out({ OutStartDate: '2021-01-30' })], 1],
    ['an aim still open', [aim(), aim({ AimSeqNumber: 2, LearnActEndDate: undefined, CompStatus: 1 })], [], 0],
    ['last aim is a break in learning', [aim({ CompStatus: 6 })], [], 0],
    ['apprenticeship standard', [aim({ ProgType: 25 })], [], 0],
    ['traineeship', [aim({ ProgType: 24 })], [], 0],
    ['not a DP funding model (FM 99)', [aim({ FundModel: 99 })], [], 0],
    ['16-19 (FM 25)', [aim({ FundModel: 25 })], [], 1],
  ])('%s', (_n, aims, outcomes, expected) => {
    const f = findingsOf(R107, '2021', dpSpec(outcomes, { learners: [learner(aims)] }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'R107', severity: 'error', field: 'LearnActEndDate', value: end, learnRefNumber: 'L0001', aimSeqNumber: '1' });
  });

  it('takes the last-ended aim', () => {
    const aims = [aim({ LearnActEndDate: '2021-03-31', AimSeqNumber: 2 }), aim()];
    const f = findingsOf(R107, '2021', dpSpec([out({ OutStartDate: '2021-02-15' })], { learners: [learner(aims)] }));
    expect(f).toHaveLength(1);
    expect(f[0]!.aimSeqNumber).toBe('2');
  });

  it('does not apply to 2025-26', () => {
    expect(findingsOf(R107, '2526', dpSpec([], { learners: [learner([aim()])] }))).toHaveLength(0);
  });
});
