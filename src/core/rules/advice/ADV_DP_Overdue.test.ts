import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from '../destination/dp-fixtures';
import { ADV_DP_Overdue } from './ADV_DP_Overdue';

// Learning ended 31 Jan 2021: destination due 31 Mar 2021.
describe('ADV_DP_Overdue', () => {
  it.each([
    ['as of the due date', [aim()], [], '2021-03-31', {}, 0],
    ['the day after', [aim()], [], '2021-04-01', {}, 1],
    ['destination from the end date', [aim()], [out({ OutStartDate: '2021-01-31' })], '2021-06-01', {}, 0],
    ['destination only from before the end', [aim()], [out({ OutStartDate: '2021-01-30' })], '2021-06-01', {}, 1],
    ['an aim still continuing', [aim(), aim({ AimSeqNumber: 2, CompStatus: 1, LearnActEndDate: undefined })], [], '2021-06-01', {}, 0],
    ['an aim on a break', [aim({ CompStatus: 6 })], [], '2021-06-01', {}, 0],
    ['non-funded (FM 99)', [aim({ FundModel: 99 })], [], '2021-06-01', {}, 0],
    ['levy apprenticeship (FM 36, ACT 1)', [aim({ FundModel: 36, LearningDeliveryFAM: [{ LearnDelFAMType: 'ACT', LearnDelFAMCode: '1' }] })], [], '2021-06-01', {}, 0],
    ['non-levy apprenticeship (FM 36, ACT 2)', [aim({ FundModel: 36, LearningDeliveryFAM: [{ LearnDelFAMType: 'ACT', LearnDelFAMCode: '2' }] })], [], '2021-06-01', {}, 1],
    ['four months set', [aim()], [], '2021-05-01', { destinationDueMonths: 4 }, 0],
  ])('%s', (_n, aims, outcomes, asOf, settings, expected) => {
    const f = findingsOf(ADV_DP_Overdue, '2021', dpSpec(outcomes, { learners: [learner(aims)] }), { asOf, settings });
    expect(f).toHaveLength(expected);
    if (expected) {
      expect(f[0]).toMatchObject({ rule: 'ADV_DP_Overdue', severity: 'advice', field: 'LearnActEndDate', value: '2021-01-31', learnRefNumber: 'L0001' });
      expect(f[0]!.message).toMatch(/due by 2021-03-31/);
    }
  });

  it('uses the DPOutcome sheet records in a year without the entity', () => {
    const aims = [aim({ LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-01-31', LearnActEndDate: '2026-01-31' })];
    expect(findingsOf(ADV_DP_Overdue, '2526', dpSpec([], { learners: [learner(aims)] }), { asOf: '2026-04-01' })).toHaveLength(1);
    expect(findingsOf(ADV_DP_Overdue, '2526', dpSpec([out({ OutStartDate: '2026-02-15' })], { learners: [learner(aims)] }), { asOf: '2026-04-01' })).toHaveLength(0);
  });
});
