import { PlanEEPHours_01 } from './PlanEEPHours_01';
import { aim, aim21, learnerFindings } from './fields-testing';

const fm25 = (f = {}) => aim({ FundModel: 25, ...f });

describe('PlanEEPHours_01: a 16-19 funded learner must have planned EEP hours', () => {
  it.each([
    ['FundModel 25, no PlanEEPHours', {}, [fm25()], 1],
    ['FundModel 25, PlanEEPHours 0', { PlanEEPHours: 0 }, [fm25()], 0],
    ['FundModel 35', {}, [aim()], 0],
    ['T Level programme (ProgType 31)', {}, [fm25({ ProgType: 31 })], 0],
    ['FundModel 25 with ProgType 25 (DD07)', {}, [fm25({ ProgType: 25 })], 0],
    ['FundModel 25 with ProgType 2 (not an apprenticeship from 2025-26)', {}, [fm25({ ProgType: 2 })], 1],
    ['all aims closed', {}, [fm25({ LearnActEndDate: '2026-06-30' })], 0],
    ['one aim closed, another open', {}, [fm25({ LearnActEndDate: '2026-06-30' }), aim({ AimSeqNumber: 2 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PlanEEPHours_01, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'PlanEEPHours' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const a = (f = {}) => aim21({ FundModel: 25, ...f });
  it.each([
    ['ConditionMet_True: FundModel 25, no hours', {}, [a()], 1],
    ['PlanEEPHoursConditionMet_False: hours 1', { PlanEEPHours: 1 }, [a()], 0],
    ['DD07ExcludeConditionMet_True: ProgType 2 (a framework in 2020-21)', {}, [a({ ProgType: 2 })], 0],
    ['TLevelExcludeConditionMet_True', {}, [a({ ProgType: 31 })], 0],
    ['AllLearningAimsClosedExcludeConditionMet_True', {}, [a({ LearnActEndDate: '2021-01-01' })], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(PlanEEPHours_01, '2021', fields, aims)).toHaveLength(expected));
});
