import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from './dp-fixtures';
import { Outcome_07 } from './Outcome_07';

const trainee = (o: Record<string, string | number | undefined> = {}) => aim({ AimType: 1, ProgType: 24, LearnAimRef: 'ZPROG001', Outcome: 3, ...o });

describe('Outcome_07: unsuccessful traineeship needs a destination', () => {
  it.each([
    ['no achievement, no destination', [trainee()], [], 1],
    ['partial achievement, no destination', [trainee({ Outcome: 2 })], [], 1],
    ['no achievement with a destination', [trainee()], [out()], 0],
    ['achieved (Outcome_08 instead)', [trainee({ Outcome: 1 })], [], 0],
    ['outcome not yet known', [trainee({ Outcome: 8 })], [], 0],
    ['component aim of a traineeship', [trainee({ AimType: 3 })], [], 0],
    ['apprenticeship programme aim', [trainee({ ProgType: 25 })], [], 0],
  ])('%s', (_n, aims, outcomes, expected) => {
    const f = findingsOf(Outcome_07, '2021', dpSpec(outcomes, { learners: [learner(aims)] }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'Outcome_07', entity: 'LearningDelivery', field: 'Outcome', aimSeqNumber: '1' });
  });

  it('finds a destination whose reference differs only in case', () => {
    expect(findingsOf(Outcome_07, '2021', dpSpec([out()], { ref: 'l0001', learners: [learner([trainee()])] }))).toHaveLength(0);
  });

  it('does not apply to 2025-26', () => {
    expect(findingsOf(Outcome_07, '2526', dpSpec([], { learners: [learner([trainee()])] }))).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From Outcome_07RuleTests. The aim of a LearningDeliveryConditionMet test stands on its own (AimType, ProgType,
  // Outcome; nothing else set), the learner's destination record holding no outcome. The DpOutcomeConditionMet tests
  // are a qualifying aim (AimType 1, ProgType 24, Outcome 2) with a destination record with an outcome, or with none.
  const esfaAim = (aimType: number, progType: number | undefined, outcome: number | undefined) =>
    ({ AimSeqNumber: 1, AimType: aimType, FundModel: 0, CompStatus: 0, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30', ProgType: progType, Outcome: outcome });
  it.each([
    ['LearningDeliveryConditionMet_True (1, 24, 2)', esfaAim(1, 24, 2), [], 1],
    ['LearningDeliveryConditionMet_True (1, 24, 3)', esfaAim(1, 24, 3), [], 1],
    ['LearningDeliveryConditionMet_False (2, 24, 2)', esfaAim(2, 24, 2), [], 0],
    ['LearningDeliveryConditionMet_False (1, 25, 2)', esfaAim(1, 25, 2), [], 0],
    ['LearningDeliveryConditionMet_False (1, 24, 4)', esfaAim(1, 24, 4), [], 0],
    ['LearningDeliveryConditionMet_False (1, 24, null)', esfaAim(1, 24, undefined), [], 0],
    ['LearningDeliveryConditionMet_False (1, null, 2)', esfaAim(1, undefined, 2), [], 0],
    ['LearningDeliveryConditionMet_False (2, 24, 3)', esfaAim(2, 24, 3), [], 0],
    ['LearningDeliveryConditionMet_False (1, 25, 3)', esfaAim(1, 25, 3), [], 0],
    ['LearningDeliveryConditionMet_False (1, null, 3)', esfaAim(1, undefined, 3), [], 0],
    ['DpOutcomeConditionMet_False (an outcome: type1 1, from 2018-09-01)', esfaAim(1, 24, 2), [out({ OutType: 'type1', OutCode: 1, OutStartDate: '2018-09-01' })], 0],
    ['DpOutcomeConditionMet_True (a destination record without outcomes)', esfaAim(1, 24, 2), [], 1],
  ])('%s', (_n, a, outcomes, expected) => {
    expect(findingsOf(Outcome_07, '2021', dpSpec(outcomes, { learners: [learner([a])] }))).toHaveLength(expected);
  });
});
