import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings } from './cross-testing';
import { R_135 } from './R_135';

describe('R_135: a Skills Bootcamp component needs its programme aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['component with its programme aim', [bootcamp(1, 1), bootcamp(2, 3)], 0],
    ['component alone', [bootcamp(2, 3)], 1],
    ['programme aim of another contract', [bootcamp(1, 1, { ConRefNumber: 'SB-2' }), bootcamp(2, 3)], 1],
    ['programme aim of another funding model', [bootcamp(1, 1, { FundModel: 99 }), bootcamp(2, 3)], 1],
    ['another ProgType not checked', [bootcamp(2, 3, { ProgType: 25, FundModel: 36, StdCode: 1 })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_135, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_135', field: 'ConRefNumber', aimSeqNumber: '2' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_135, { LearningDelivery: [bootcamp(2, 3, { LearnStartDate: '2020-09-01' })] }, '2021')).toHaveLength(0);
  });
});
