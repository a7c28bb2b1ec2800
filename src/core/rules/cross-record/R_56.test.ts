import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_56 } from './R_56';

const std = (seq: number, aimType: number, fundModel: number, extra: RecordSpec = {}) => aim(seq, { AimType: aimType, ProgType: 25, StdCode: 100, FundModel: fundModel, ...extra });

describe('R_56: a funded component aim of an open non-funded programme', () => {
  it.each<[string, RecordSpec[], number]>([
    ['non-funded programme, funded component', [std(1, 1, 99), std(2, 3, 36)], 1],
    ['non-funded programme, non-funded component', [std(1, 1, 99), std(2, 3, 99)], 0],
    ['funded programme, funded component', [std(1, 1, 36), std(2, 3, 36)], 0],
    ['non-funded programme closed', [std(1, 1, 99, { LearnActEndDate: '2025-12-01', CompStatus: 3 }), std(2, 3, 36)], 0],
    ['component of another standard', [std(1, 1, 99), std(2, 3, 36, { StdCode: 101 })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_56, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_56', field: 'FundModel', value: '36', aimSeqNumber: '2' });
  });

  it("marks the programme aim's FundModel as related", () => {
    const f = learnerFindings(R_56, { LearningDelivery: [std(1, 1, 99), std(2, 3, 36)] });
    expect(f.map(relatedOf)).toEqual([['FundModel=99']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('1');
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const fw = (seq: number, aimType: number, fundModel: number, fwork: number): RecordSpec =>
    aim(seq, { LearnStartDate: '2020-09-01', AimType: aimType, FundModel: fundModel, ProgType: 3, FworkCode: fwork, PwayCode: 1 });
  const ld = (seq: number, aimType: number, fundModel: number, prog: [number, number, number], extra: RecordSpec = {}): RecordSpec =>
    aim(seq, { LearnStartDate: '2020-09-01', AimType: aimType, FundModel: fundModel, ProgType: prog[0], FworkCode: prog[1], PwayCode: prog[2], ...extra });
  it.each<[string, RecordSpec[], number]>([
    [
      'Validate_Fail_One_LearningDelivery: component 3 (FundModel 35) of the open non-funded programme 1/2/3',
      [ld(1, 1, 99, [1, 2, 3]), ld(2, 1, 99, [23, 24, 25]), ld(3, 3, 35, [1, 2, 3]), ld(4, 3, 99, [1, 2, 3])],
      1,
    ],
    ['Validate_Pass_ClosedNonFundedAims', [ld(1, 1, 99, [1, 2, 3], { LearnActEndDate: '2018-10-10' }), ld(2, 3, 35, [1, 2, 3])], 0],
    ['Validate_Pass_SameComponentAimFundModel', [ld(1, 1, 99, [1, 2, 3]), ld(2, 3, 99, [1, 2, 3])], 0],
    ['a framework: non-funded programme, funded component of the same framework', [fw(1, 1, 99, 420), fw(2, 3, 35, 420)], 1],
    ['a framework: the component of another framework', [fw(1, 1, 99, 420), fw(2, 3, 35, 421)], 0],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_56, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
