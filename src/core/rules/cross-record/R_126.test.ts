import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_126 } from './R_126';

const t = (seq: number, aimType: number, progType = 31, fundModel = 25) => aim(seq, { AimType: aimType, ProgType: progType, FundModel: fundModel });

describe('R_126: a T Level programme aim needs a component or core aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['with a core aim', [t(1, 1), t(2, 5)], 0],
    ['with a component aim', [t(1, 1), t(2, 3)], 0],
    ['programme aim alone', [t(1, 1)], 1],
    ['foundation year programme alone', [t(1, 1, 30)], 1],
    ['core aim of another ProgType', [t(1, 1, 30), t(2, 5, 31)], 1],
    ['core aim of another funding model', [t(1, 1, 31, 25), t(2, 5, 31, 99)], 1],
    ['a standard programme aim is not checked', [aim(1, { AimType: 1, ProgType: 25, FundModel: 36, StdCode: 1 })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_126, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_126', field: 'AimType', aimSeqNumber: '1' });
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[], number]>([
    ['T Level programme aim alone', [aim(1, { LearnStartDate: '2020-09-01', AimType: 1, ProgType: 31, FundModel: 25 })], 1],
    ['with its core aim', [aim(1, { LearnStartDate: '2020-09-01', AimType: 1, ProgType: 31, FundModel: 25 }), aim(2, { LearnStartDate: '2020-09-01', AimType: 5, ProgType: 31, FundModel: 25 })], 0],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_126, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
