import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings } from './cross-testing';
import { R_136 } from './R_136';

describe('R_136: a Skills Bootcamp programme aim needs a component', () => {
  it.each<[string, RecordSpec[], number]>([
    ['programme aim with its component', [bootcamp(1, 1), bootcamp(2, 3)], 0],
    ['programme aim alone', [bootcamp(1, 1)], 1],
    ['component of another contract', [bootcamp(1, 1), bootcamp(2, 3, { ConRefNumber: 'SB-2' })], 1],
    ['component of another funding model', [bootcamp(1, 1), bootcamp(2, 3, { FundModel: 99 })], 1],
    ['another ProgType not checked', [bootcamp(1, 1, { ProgType: 25, FundModel: 36, StdCode: 1 })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_136, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_136', field: 'ConRefNumber', aimSeqNumber: '1' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_136, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2020-09-01' })] }, '2021')).toHaveLength(0);
  });
});
