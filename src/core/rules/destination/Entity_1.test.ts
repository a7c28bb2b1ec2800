import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from './dp-fixtures';
import { Entity_1 } from './Entity_1';

describe('Entity_1: at least one record', () => {
  it.each([
    ['2021: no records at all', '2021', { Learner: [], LearnerDestinationandProgression: [] }, 1],
    ['2021: destination records only', '2021', dpSpec([out()]), 0],
    ['2021: a learner', '2021', { Learner: [learner([aim()])] }, 0],
    ['2526: destination records only (not returned)', '2526', dpSpec([out()]), 1],
    ['2526: a learner', '2526', { Learner: [learner([aim()])] }, 0],
  ])('%s', (_n, year, spec, expected) => {
    const f = findingsOf(Entity_1, year, spec);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'Entity_1', severity: 'error', entity: 'Message' });
  });

  it('uses the official 2025-26 message', () => {
    expect(findingsOf(Entity_1, '2526', {})[0]!.message).toMatch(/no valid learners/);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: no learners, no destination records', { Learner: [], LearnerDestinationandProgression: [] }, 1],
    ['ConditionMet_True_Null: neither entity present', {}, 1],
    ['ConditionMet_False: a learner and a destination record', { ...dpSpec([out()]), Learner: [learner([aim()])] }, 0],
    ['ConditionMet_False_Null: a destination record only', dpSpec([out()]), 0],
    ['Validate_Error: an empty message', {}, 1],
    ['Validate_NoError: a learner and a destination record', { ...dpSpec([out()]), Learner: [learner([aim()])] }, 0],
  ])('%s', (_n, spec, expected) => {
    expect(findingsOf(Entity_1, '2021', spec)).toHaveLength(expected);
  });
});
