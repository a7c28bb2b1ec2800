import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_125 } from './R_125';

const t = (seq: number, aimType: number, progType = 31, fundModel = 25) => aim(seq, { AimType: aimType, ProgType: progType, FundModel: fundModel });

describe('R_125: a T Level component or core aim needs its programme aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['core aim with its programme aim', [t(1, 1), t(2, 5)], 0],
    ['component with its programme aim', [t(1, 1), t(2, 3)], 0],
    ['core aim alone', [t(2, 5)], 1],
    ['foundation year component alone', [t(2, 3, 30)], 1],
    ['programme aim of another ProgType', [t(1, 1, 30), t(2, 5, 31)], 1],
    ['programme aim of another funding model', [t(1, 1, 31, 99), t(2, 5, 31, 25)], 1],
    ['another programme type (25) is not checked', [aim(2, { AimType: 3, ProgType: 25, FundModel: 36, StdCode: 1 })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_125, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_125', field: 'AimType', aimSeqNumber: '2' });
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[], number]>([
    ['T Level core aim without a programme aim', [aim(1, { LearnStartDate: '2020-09-01', AimType: 5, ProgType: 31, FundModel: 25 })], 1],
    ['with its programme aim', [aim(1, { LearnStartDate: '2020-09-01', AimType: 5, ProgType: 31, FundModel: 25 }), aim(2, { LearnStartDate: '2020-09-01', AimType: 1, ProgType: 31, FundModel: 25 })], 0],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_125, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
