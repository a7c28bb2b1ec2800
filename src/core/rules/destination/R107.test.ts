import { addDays } from '../../model/dates';
import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out, ULN } from './dp-fixtures';
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

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const END = '2020-10-01';
  const closed = (fields: RecordSpec = {}) => aim({ LearnStartDate: '2020-09-01', LearnPlanEndDate: END, LearnActEndDate: END, ...fields });
  /** `mine`: the learner has the record's reference (else the learner is L0001). */
  const run = (aims: RecordSpec[], dp?: { ref?: string; starts: string[]; mine?: boolean }) =>
    findingsOf(R107, '2021', {
      Learner: [learner(aims, dp?.mine && dp.ref ? { LearnRefNumber: dp.ref } : {})],
      LearnerDestinationandProgression: dp ? [{ LearnRefNumber: dp.ref ?? 'L0001', ULN, DPOutcome: dp.starts.map((s) => out({ OutStartDate: s, OutCollDate: s })) }] : [],
    }).length;

  it.each<[string, string, string[]]>([
    ['GetLastDeliveryReturnsMeetsExpectation: 2012-07-31', '2012-07-31', ['2012-01-30', '2012-02-28', '2012-07-31', '2012-03-30', '2012-04-30']],
    ['GetLastDeliveryReturnsMeetsExpectation: 2013-03-30', '2013-03-30', ['2012-01-30', '2012-07-31', '2013-03-30', '2012-04-30']],
    ['GetLastDeliveryReturnsMeetsExpectation: 2014-07-31', '2014-07-31', ['2012-01-30', '2012-02-28', '2012-07-31', '2014-07-31', '2012-04-30']],
    ['GetLastDeliveryReturnsMeetsExpectation: 2015-07-31', '2015-07-31', ['2015-07-31', '2012-02-28', '2012-07-31', '2012-04-30']],
    ['GetLastDeliveryReturnsMeetsExpectation: 2016-07-31', '2016-07-31', ['2012-02-28', '2016-07-31', '2012-04-30']],
  ])('%s: an outcome from the latest end counts, one from the day before does not', (_n, last, ends) => {
    const aims = ends.map((e, i) => closed({ AimSeqNumber: i + 1, LearnStartDate: '2011-09-01', LearnPlanEndDate: e, LearnActEndDate: e }));
    expect(run(aims, { starts: [last] })).toBe(0);
    expect(run(aims, { starts: [addDays(last, -1)] })).toBe(1);
  });

  it.each<[string, RecordSpec[], { ref?: string; starts: string[]; mine?: boolean } | undefined, number]>([
    ['GetLastDeliveryWithNullDeliveriesMeetsExpectation: no aims', [], undefined, 0],
    ['GetDAndPMeetsExpectation: "sldfkajwefo asjf", 3 outcomes', [closed()], { ref: 'sldfkajwefo asjf', starts: [END, END, END], mine: true }, 0],
    ['GetDAndPMeetsExpectation: "alwerkasvf as", 2 outcomes', [closed()], { ref: 'alwerkasvf as', starts: [END, END], mine: true }, 0],
    ['GetDAndPMeetsExpectation: "zxc,vmnsdlih", 5 outcomes', [closed()], { ref: 'zxc,vmnsdlih', starts: [END, END, END, END, END], mine: true }, 0],
    ['GetDAndPMeetsExpectation: ",samvnasorgdhkn", 1 outcome', [closed()], { ref: ',samvnasorgdhkn', starts: [END], mine: true }, 0],
    ['GetDAndPWithNullDAndPsMeetsExpectation: "sldfkajwefo asjf"', [closed()], undefined, 1],
    ['GetDAndPWithNullDAndPsMeetsExpectation: "alwerkasvf as"', [closed()], undefined, 1],
    ['GetDAndPWithNullDAndPsMeetsExpectation: "zxc,vmnsdlih"', [closed()], undefined, 1],
    ['GetDAndPWithNullDAndPsMeetsExpectation: ",samvnasorgdhkn"', [closed()], undefined, 1],
    ['HasQualifyingOutcomeMeetsExpectation: ended 2012-08-31, outcome 2012-07-30', [closed({ LearnActEndDate: '2012-08-31' })], { starts: ['2012-07-30'] }, 1],
    ['HasQualifyingOutcomeMeetsExpectation: ended 2012-07-31, outcome 2012-07-30', [closed({ LearnActEndDate: '2012-07-31' })], { starts: ['2012-07-30'] }, 1],
    ['HasQualifyingOutcomeMeetsExpectation: ended 2012-01-30, outcome 2012-01-30', [closed({ LearnActEndDate: '2012-01-30' })], { starts: ['2012-01-30'] }, 0],
    ['HasQualifyingOutcomeMeetsExpectation: ended 2012-07-29, outcome 2012-07-30', [closed({ LearnActEndDate: '2012-07-29' })], { starts: ['2012-07-30'] }, 0],
    ['HasQualifyingFundModelMeetsExpectation: 35', [closed({ FundModel: 35 })], undefined, 1],
    ['HasQualifyingFundModelMeetsExpectation: 25', [closed({ FundModel: 25 })], undefined, 1],
    ['HasQualifyingFundModelMeetsExpectation: 36', [closed({ FundModel: 36 })], undefined, 0],
    ['HasQualifyingFundModelMeetsExpectation: 10', [closed({ FundModel: 10 })], undefined, 0],
    ['HasQualifyingFundModelMeetsExpectation: 70', [closed({ FundModel: 70 })], undefined, 1],
    ['HasQualifyingFundModelMeetsExpectation: 99', [closed({ FundModel: 99 })], undefined, 0],
    ['HasQualifyingFundModelMeetsExpectation: 82', [closed({ FundModel: 82 })], undefined, 0],
    ['HasQualifyingFundModelMeetsExpectation: 81', [closed({ FundModel: 81 })], undefined, 1],
    ['HasQualifyingFundModelWithNullDeliveriesReturnsFalse: no aims', [], undefined, 0],
    ['HasQualifyingFundModelWithEmptyDeliveriesReturnsFalse: no aims', [], undefined, 0],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 2', [closed({ CompStatus: 2 })], undefined, 1],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 6', [closed({ CompStatus: 6 })], undefined, 0],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 3', [closed({ CompStatus: 3 })], undefined, 1],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 1', [closed({ CompStatus: 1 })], undefined, 1],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 4', [closed({ CompStatus: 4 })], undefined, 1],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 5', [closed({ CompStatus: 5 })], undefined, 1],
    ['HasTemporarilyWithdrawnMeetsExpectation: CompStatus 7', [closed({ CompStatus: 7 })], undefined, 1],
    ['HasCompletedCourseMeetsExpectation: no actual end date', [closed({ LearnActEndDate: undefined, CompStatus: 1 })], undefined, 0],
    ['HasCompletedCourseMeetsExpectation: ended 2013-03-17', [closed({ LearnActEndDate: '2013-03-17' })], undefined, 1],
    ['HasCompletedCourseWithNullDeliveriesReturnsFalse: no aims', [], undefined, 0],
    ['HasCompletedCourseWithEmptyDeliveriesReturnsFalse: no aims', [], undefined, 0],
    ['InTrainingMeetsExpectation: no ProgType', [closed()], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 3', [closed({ ProgType: 3 })], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 25', [closed({ ProgType: 25 })], undefined, 0],
    ['InTrainingMeetsExpectation: ProgType 20', [closed({ ProgType: 20 })], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 21', [closed({ ProgType: 21 })], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 22', [closed({ ProgType: 22 })], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 23', [closed({ ProgType: 23 })], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 2', [closed({ ProgType: 2 })], undefined, 1],
    ['InTrainingMeetsExpectation: ProgType 24', [closed({ ProgType: 24 })], undefined, 0],
    ['InTrainingWithNullDeliveriesReturnsFalse: no aims', [], undefined, 0],
    ['InTrainingWithEmptyDeliveriesReturnsFalse: no aims', [], undefined, 0],
  ])('%s', (_n, aims, dp, expected) => {
    expect(run(aims, dp)).toBe(expected);
  });

  // InvalidItemRaisesValidationMessage and ValidItemDoesNotRaiseValidationMessage: 48 cases each (FundModel 35, 25, 70,
  // 81 × ProgType 2, 20, 21, 22, 23, 3 × CompStatus 2, 3), one aim ended 1 Apr 2013 and a destination record with an
  // outcome from 30 Mar / 2 Apr 2013 whose learner reference is not the learner's: ESFA's service raises R107 in all 96.
  const grid: [string, number, number, number, string][] = [];
  for (const [test, outStart] of [['InvalidItemRaisesValidationMessage', '2013-03-30'], ['ValidItemDoesNotRaiseValidationMessage', '2013-04-02']] as const) {
    for (const compStatus of [2, 3]) {
      for (const progType of [3, 20, 21, 22, 23, 2]) {
        for (const fundModel of [35, 25, 70, 81]) grid.push([test, fundModel, progType, compStatus, outStart]);
      }
    }
  }
  it.each(grid)('%s: FundModel %i, ProgType %i, CompStatus %i (a destination record of another learner, outcome %s)', (_n, fundModel, progType, compStatus, outStart) => {
    const aims = [closed({ FundModel: fundModel, ProgType: progType, CompStatus: compStatus, LearnStartDate: '2012-09-01', LearnPlanEndDate: '2013-04-01', LearnActEndDate: '2013-04-01' })];
    expect(run(aims, { ref: 'OTHER01', starts: [outStart] })).toBe(1);
  });
});
