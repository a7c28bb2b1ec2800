import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from './dp-fixtures';
import { R108 } from './R108';

describe('R108: destination due two months after learning ended', () => {
  it.each([
    ['file prepared exactly two months after the end', '2021-03-31', [], [aim()], 1],
    ['file prepared the day before', '2021-03-30', [], [aim()], 0],
    ['later, with an outcome from the end date', '2021-05-01', [out({ OutStartDate: '2021-01-31' })], [aim()], 0],
    ['later, outcome only from before the end', '2021-05-01', [out({ OutStartDate: '2021-01-30' })], [aim()], 1],
    ['break in learning', '2021-05-01', [], [aim({ CompStatus: 6 })], 0],
    ['every aim a traineeship', '2021-05-01', [], [aim({ ProgType: 24 })], 0],
    ['an open aim', '2021-05-01', [], [aim(), aim({ AimSeqNumber: 2, LearnActEndDate: undefined, CompStatus: 1 })], 0],
    ['FM 36 only', '2021-05-01', [], [aim({ FundModel: 36 })], 0],
  ])('%s', (_n, prep, outcomes, aims, expected) => {
    const f = findingsOf(R108, '2021', dpSpec(outcomes, { learners: [learner(aims)], filePreparationDate: prep }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'R108', field: 'LearnActEndDate', learnRefNumber: 'L0001' });
  });
});
