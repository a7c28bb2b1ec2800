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
