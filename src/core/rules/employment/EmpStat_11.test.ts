import type { RecordSpec } from '../../model/build';
import { aim, run, status } from './employment-testing';
import { EmpStat_11 } from './EmpStat_11';

const sfa = (fields: RecordSpec = {}) => aim({ FundModel: 25, ...fields });
const hours = (learn: number | null, eep: number | null): RecordSpec => ({ PlanLearnHours: learn, PlanEEPHours: eep });

describe('EmpStat_11: 16-19 aims under 540 planned hours need a status before the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['FundModel 25, 539 hours, no status', [], [sfa()], hours(400, 139), 1],
    ['540 hours (boundary)', [], [sfa()], hours(400, 140), 0],
    ['no hours returned (0)', [], [sfa()], hours(null, null), 1],
    ['status before the start', [status(98, '2025-08-31')], [sfa()], hours(100, 0), 0],
    ['status on the start date only', [status(98, '2025-09-01')], [sfa()], hours(100, 0), 1],
    ['FundModel 82', [], [sfa({ FundModel: 82 })], hours(100, 0), 1],
    ['FundModel 35', [], [sfa({ FundModel: 35 })], hours(100, 0), 0],
    ['started 31 July 2014', [], [sfa({ LearnStartDate: '2014-07-31' })], hours(100, 0), 0],
    ['started 1 August 2014 (boundary)', [], [sfa({ LearnStartDate: '2014-08-01' })], hours(100, 0), 1],
  ])('%s', (_n, statuses, aims, learner, expected) => {
    const f = run(EmpStat_11, '2526', statuses, aims, learner);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const y = { LearnStartDate: '2020-09-01' };
  it.each<[string, RecordSpec, number]>([
    ['InTraining: ProgType 24 excluded', { ...y, ProgType: 24, AimType: 1 }, 0],
    ['HasQualifyingFunding: Other16To19 (82)', { ...y, FundModel: 82 }, 1],
    ['IsViableStart: 2014-07-31', { LearnStartDate: '2014-07-31' }, 0],
  ])('%s', (_n, fields, expected) => {
    expect(run(EmpStat_11, '2021', [], [sfa(fields)], hours(0, 0))).toHaveLength(expected);
  });

  it('the years differ: a traineeship in 2025-26', () => {
    expect(run(EmpStat_11, '2526', [], [sfa({ ProgType: 24, AimType: 1 })], hours(0, 0))).toHaveLength(1);
  });
});
