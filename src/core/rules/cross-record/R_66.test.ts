import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_66 } from './R_66';

const std = (seq: number, aimType: number, fundModel: number, extra: RecordSpec = {}) => aim(seq, { AimType: aimType, ProgType: 25, StdCode: 100, FundModel: fundModel, ...extra });

describe('R_66: a funded component aim needs a programme aim of the same funding model and programme', () => {
  it.each<[string, RecordSpec[], number]>([
    ['matching programme aim', [std(1, 1, 36), std(2, 3, 36)], 0],
    ['programme aim of another funding model', [std(1, 1, 99), std(2, 3, 36)], 1],
    ['programme aim of another standard', [std(1, 1, 36, { StdCode: 101 }), std(2, 3, 36)], 1],
    ['no programme aim', [std(2, 3, 36)], 1],
    ['non-funded component excluded', [std(2, 3, 99)], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_66, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_66', field: 'FundModel', aimSeqNumber: '2' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const ld = (seq: number, aimType: number, fundModel: number, fwork = 2): RecordSpec =>
    aim(seq, { LearnStartDate: '2020-09-01', AimType: aimType, FundModel: fundModel, ProgType: 25, FworkCode: fwork, PwayCode: 3, StdCode: 5 });
  it.each<[string, RecordSpec[], number]>([
    ['Validate_Error: component FundModel 36, programme aim FundModel 99', [ld(1, 3, 36), ld(2, 1, 99)], 1],
    ['Validate_NoError: component FundModel 99', [ld(1, 3, 99), ld(2, 1, 99)], 0],
    ['FworkCode differs: no match in 2020-21', [ld(1, 3, 36, 2), ld(2, 1, 36, 4)], 1],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_66, { LearningDelivery: aims }, '2021')).toHaveLength(n));

  it('the 2025-26 rule ignores FworkCode', () => {
    expect(learnerFindings(R_66, { LearningDelivery: [std(1, 3, 36, { FworkCode: 2 }), std(2, 1, 36, { FworkCode: 4 })] })).toHaveLength(0);
  });
});
