import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out, ULN } from './dp-fixtures';
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

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2020-10-01';
  const closed = (fields: RecordSpec = {}) => aim({ LearnStartDate: '2017-09-01', LearnPlanEndDate: '2018-06-01', LearnActEndDate: '2018-06-01', ...fields });
  type Dp = { ref: string; starts: string[] | undefined };
  const run = (learners: [string, RecordSpec[]][], dps: Dp[] = [], fpd = FPD) =>
    findingsOf(R108, '2021', {
      filePreparationDate: fpd,
      Learner: learners.map(([ref, aims]) => learner(aims, { LearnRefNumber: ref })),
      LearnerDestinationandProgression: dps.map((d) => ({ LearnRefNumber: d.ref, ULN, DPOutcome: (d.starts ?? []).map((s) => out({ OutStartDate: s, OutCollDate: s })) })),
    }).length;
  const one = (aims: RecordSpec[], dps: Dp[] = [], fpd = FPD) => run([['L0001', aims]], dps, fpd);
  it.each<[string, () => number, number]>([
    ['ProgTypeConditionMet_False: ProgType 24', () => one([closed({ ProgType: 24 })]), 0],
    ['ProgTypeConditionMet_False: ProgType 25', () => one([closed({ ProgType: 25 })]), 0],
    ['ProgTypeConditionMet_True: ProgType 12', () => one([closed({ ProgType: 12 })]), 1],
    ['ProgTypeConditionMet_True: no ProgType', () => one([closed()]), 1],
    ['FundModelConditionMet_False: 99', () => one([closed({ FundModel: 99 })]), 0],
    ['FundModelConditionMet_False: 36', () => one([closed({ FundModel: 36 })]), 0],
    ['FundModelConditionMet_True: 25', () => one([closed({ FundModel: 25 })]), 1],
    ['FundModelConditionMet_True: 35', () => one([closed({ FundModel: 35 })]), 1],
    ['FundModelConditionMet_True: 70', () => one([closed({ FundModel: 70 })]), 1],
    ['FundModelConditionMet_True: 81', () => one([closed({ FundModel: 81 })]), 1],
    ['AllAimsClosedConditionMet_False: one aim open', () => one([closed({ LearnActEndDate: undefined, CompStatus: 1 }), closed({ AimSeqNumber: 2 })]), 0],
    ['AllAimsClosedConditionMet_True', () => one([closed({ LearnActEndDate: '2017-05-01' }), closed({ AimSeqNumber: 2 })]), 1],
    ['CompStatusConditionMet_False: the last-ended aim is a break in learning', () => one([closed({ LearnActEndDate: undefined, CompStatus: 1 }), closed({ AimSeqNumber: 2, CompStatus: 6 })]), 0],
    ['CompStatusConditionMet_True', () => one([closed({ LearnActEndDate: '2017-05-02', CompStatus: 1 }), closed({ AimSeqNumber: 2 })]), 1],
    ['FilePreparationDateConditionMet_False: prepared 1 Mar 2018, learning ended 1 Jun 2018', () => one([closed()], [], '2018-03-01'), 0],
    ['FilePreparationDateConditionMet_True: prepared four months after the end', () => one([closed()], [], '2018-10-01'), 1],
    ['DPOutComeConditionMet_False: outcomes from 1 Sep 2018 and 1 Jan 2012', () => one([closed()], [{ ref: 'L0001', starts: ['2018-09-01', '2012-01-01'] }]), 0],
    ['DPOutComeConditionMet_True: 00100309, outcomes before the end', () => run([['00100309', [closed()]]], [{ ref: '00100309', starts: ['2017-05-01', '2012-01-01'] }]), 1],
    ['DPOutComeConditionMet_True: 00100310, no record of its own', () => run([['00100310', [closed()]]], [{ ref: '00100309', starts: ['2017-05-01', '2012-01-01'] }]), 1],
    ['DPOutComeConditionMet_True_DPOutComeNullCheck: records without outcomes', () => run([['00100309', [closed()]]], [{ ref: '00100309', starts: undefined }, { ref: '00100310', starts: undefined }]), 1],
    ['DPOutComeConditionMet_True_NullCheck: no destination records', () => run([['00100309', [closed()]]]), 1],
    [
      'Validate_Error: two learners, neither with an outcome from the end of learning',
      () =>
        run(
          [
            ['00100308', [closed({ ProgType: 24, FundModel: 35, LearnActEndDate: '2017-05-01', CompStatus: 1 }), closed({ AimSeqNumber: 2, FundModel: 70, CompStatus: 2 })]],
            ['00100309', [closed({ ProgType: 12, FundModel: 35, LearnActEndDate: '2017-05-01', CompStatus: 1 }), closed({ AimSeqNumber: 2, FundModel: 70, CompStatus: 2 })]],
          ],
          [{ ref: '00100309', starts: ['2017-05-01', '2012-01-01'] }],
        ),
      2,
    ],
  ])('%s', (_n, findings, expected) => {
    expect(findings()).toBe(expected);
  });

  it.each<[number | undefined, number, number, string | undefined, string | undefined]>([
    [25, 36, 2, '2018-06-01', '2018-06-01'],
    [24, 99, 3, '2018-06-02', '2018-06-02'],
    [2, 35, 2, '2018-06-02', '2018-06-02'],
    [3, 70, 3, '2018-06-02', '2018-06-02'],
    [2, 36, 6, '2018-06-02', '2018-06-02'],
    [3, 99, 6, '2018-06-02', '2018-06-02'],
    [25, 35, 6, undefined, undefined],
    [24, 70, 6, undefined, '2018-06-02'],
    [24, 70, 6, '2018-06-02', undefined],
  ])('Validate_NoError: ProgType %p, FundModel %i, CompStatus %i, ended %p and %p (prepared 1 Mar 2018)', (progType, fundModel, compStatus, end1, end2) => {
    const aims = [
      closed({ ProgType: 3, FundModel: fundModel, CompStatus: compStatus, LearnActEndDate: end1 }),
      closed({ AimSeqNumber: 2, ...(progType === undefined ? {} : { ProgType: progType }), FundModel: fundModel, CompStatus: compStatus, LearnActEndDate: end2 }),
    ];
    expect(run([['00100309', aims]], [{ ref: '00100310', starts: ['2018-09-01', '2012-01-01'] }], '2018-03-01')).toBe(0);
  });
});
