import { ALSCost_02 } from './ALSCost_02';
import { learnerFams, learnerFindings } from './fields-testing';

describe('ALSCost_02: a learning support cost needs an HNS learner FAM', () => {
  it.each([
    ['ALSCost without HNS', { ALSCost: 1500, LearnerFAM: learnerFams(['EHC', '1']) }, 1],
    ['ALSCost 0 without HNS (returned)', { ALSCost: 0 }, 1],
    ['ALSCost with HNS', { ALSCost: 1500, LearnerFAM: learnerFams(['HNS', '1']) }, 0],
    ['no ALSCost', {}, 0],
  ])('%s', (_n, fields, expected) => {
    const f = learnerFindings(ALSCost_02, '2526', fields);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', entity: 'Learner', field: 'ALSCost' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: ALSCost 1, no HNS', { ALSCost: 1, LearnerFAM: learnerFams(['XYZ', '1']) }, 1],
    ['ConditionMet_False: no ALSCost', {}, 0],
    ['ConditionMet_False: HNS', { ALSCost: 1, LearnerFAM: learnerFams(['HNS', '1']) }, 0],
  ])('%s', (_n, fields, expected) => expect(learnerFindings(ALSCost_02, '2021', fields)).toHaveLength(expected));
});
