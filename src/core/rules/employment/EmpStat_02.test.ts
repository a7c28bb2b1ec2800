import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpStat_02 } from './EmpStat_02';

const prog = (fields: RecordSpec = {}) => apprenticeship({ LearnStartDate: '2014-07-01', LearnPlanEndDate: '2016-06-30', ...fields });

describe('EmpStat_02: apprenticeship programmes started by 31 July 2014 need a status on or before the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['no status', [], [prog()], 1],
    ['status after the start', [status(10, '2014-07-02')], [prog()], 1],
    ['status on the start date', [status(10, '2014-07-01')], [prog()], 0],
    ['started 31 July 2014 (boundary, "on or before")', [], [prog({ LearnStartDate: '2014-07-31' })], 1],
    ['started 1 August 2014', [], [prog({ LearnStartDate: '2014-08-01' })], 0],
    ['component aim', [], [prog({ AimType: 3 })], 0],
    ['not an apprenticeship', [], [aim({ AimType: 1, LearnStartDate: '2014-07-01' })], 0],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(EmpStat_02, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const trainee = aim({ AimType: 1, ProgType: 24, LearnStartDate: '2014-07-01' });
  it('Validate_Error: traineeship programme from 2014-07-01, status from 2014-07-02', () => {
    expect(run(EmpStat_02, '2021', [status(11, '2014-07-02')], [trainee])).toHaveLength(1);
  });

  it('the years differ: 2025-26 does not check traineeships', () => {
    expect(run(EmpStat_02, '2526', [status(11, '2014-07-02')], [trainee])).toHaveLength(0);
  });

  it('framework ProgType 2 is DD07 in 2020-21', () => {
    expect(run(EmpStat_02, '2021', [], [prog({ ProgType: 2, FundModel: 35, StdCode: null })])).toHaveLength(1);
  });
});
