import { PlanLearnHours_01 } from './PlanLearnHours_01';
import { aim, aim21, learnerFindings } from './fields-testing';

describe('PlanLearnHours_01: planned learning hours must be returned', () => {
  it.each([
    ['adult skills aim, no hours', {}, [aim()], 1],
    ['hours 0 returned', { PlanLearnHours: 0 }, [aim()], 0],
    ['apprenticeship (ProgType 25)', {}, [aim({ FundModel: 36, ProgType: 25 })], 0],
    ['Other 16-19 (FundModel 82)', {}, [aim({ FundModel: 82 })], 0],
    ['T Level programme', {}, [aim({ FundModel: 25, ProgType: 31 })], 0],
    ['FundModel 70 (not excluded from 2021-22)', {}, [aim({ FundModel: 70 })], 1],
    ['all aims closed', {}, [aim({ LearnActEndDate: '2026-01-31' })], 0],
    ['an apprenticeship and an open adult skills aim', {}, [aim({ FundModel: 36, ProgType: 25 }), aim({ AimSeqNumber: 2 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PlanLearnHours_01, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'PlanLearnHours' });
  });
  it('2020-21 follows ESFA: ESF aims (FundModel 70) are excluded', () => {
    expect(learnerFindings(PlanLearnHours_01, '2021', {}, [aim21({ FundModel: 70 })])).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['Validate_Error: FundModel 35, no hours', {}, [aim21()], 1],
    ['Validate_NoError: hours returned', { PlanLearnHours: 1 }, [aim21()], 0],
    ['Validate_NoError: all aims closed', {}, [aim21({ LearnActEndDate: '2021-01-01' })], 0],
    ['Validate_NoError: DD07 (ProgType 3)', {}, [aim21({ ProgType: 3 })], 0],
    ['Validate_NoError: FundModel 70', {}, [aim21({ FundModel: 70 })], 0],
    ['Validate_NoError: FundModel 82', {}, [aim21({ FundModel: 82 })], 0],
    ['Validate_NoError: T Level', {}, [aim21({ FundModel: 25, ProgType: 31 })], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(PlanLearnHours_01, '2021', fields, aims)).toHaveLength(expected));
});
