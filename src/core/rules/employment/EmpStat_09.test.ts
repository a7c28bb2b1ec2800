import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpStat_09 } from './EmpStat_09';

describe('EmpStat_09: apprenticeship programmes from 1 August 2014 need a status before the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['no status', [], [apprenticeship()], 1],
    ['status the day before the start', [status(10, '2025-08-31')], [apprenticeship()], 0],
    ['status on the start date only (not before)', [status(10, '2025-09-01')], [apprenticeship()], 1],
    ['started 31 July 2014', [], [apprenticeship({ LearnStartDate: '2014-07-31' })], 0],
    ['started 1 August 2014 (boundary)', [], [apprenticeship({ LearnStartDate: '2014-08-01' })], 1],
    ['component aim', [], [apprenticeship({ AimType: 3 })], 0],
    ['adult skills aim (EmpStat_08\'s, not this rule\'s)', [], [aim({ FundModel: 35 })], 0],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(EmpStat_09, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const prog = (fields: RecordSpec) => aim({ AimType: 1, ProgType: 3, LearnStartDate: '2018-04-18', ...fields });
  it.each<[string, string, RecordSpec, number]>([
    ['HasAQualifyingEmploymentStatus: start 2018-04-18, status 2018-03-10', '2018-03-10', {}, 0],
    ['HasAQualifyingEmploymentStatus: start 2018-04-18, status 2018-04-17', '2018-04-17', {}, 0],
    ['HasAQualifyingEmploymentStatus: start 2018-04-18, status 2018-04-18 (not before)', '2018-04-18', {}, 1],
    ['HasAQualifyingEmploymentStatus: start 2018-04-18, status 2018-04-19', '2018-04-19', {}, 1],
    ['InTraining: a traineeship programme (ProgType 24) is checked', '2018-04-19', { ProgType: 24 }, 1],
  ])('%s', (_n, d, fields, expected) => {
    expect(run(EmpStat_09, '2021', [status(10, d)], [prog(fields)])).toHaveLength(expected);
  });

  it('the years differ: 2025-26 does not check traineeships', () => {
    expect(run(EmpStat_09, '2526', [status(10, '2018-04-19')], [prog({ ProgType: 24 })])).toHaveLength(0);
  });
});
