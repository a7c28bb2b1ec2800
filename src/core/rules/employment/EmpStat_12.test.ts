import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpStat_12 } from './EmpStat_12';

describe('EmpStat_12: employed on the start date of an apprenticeship programme', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['unemployed at the start', [status(11, '2025-08-01')], [apprenticeship()], 1],
    ['not known (98) at the start', [status(98, '2025-08-01')], [apprenticeship()], 1],
    ['employed at the start', [status(10, '2025-08-01')], [apprenticeship()], 0],
    ['employed from the start date', [status(11, '2025-01-01'), status(10, '2025-09-01')], [apprenticeship()], 0],
    ['employed only after the start', [status(11, '2025-01-01'), status(10, '2025-09-02')], [apprenticeship()], 1],
    ['no status in force at the start', [status(10, '2025-09-02')], [apprenticeship()], 1],
    ['LDM 353 excluded', [status(11, '2025-08-01')], [apprenticeship({}, [['LDM', '353']])], 0],
    ['LDM 355 excluded', [status(11, '2025-08-01')], [apprenticeship({}, [['LDM', '355']])], 0],
    ['LDM 354 is not excluded in 2025-26', [status(11, '2025-08-01')], [apprenticeship({}, [['LDM', '354']])], 1],
    ['component aim', [status(11, '2025-08-01')], [apprenticeship({ AimType: 3 })], 0],
    ['not an apprenticeship', [status(11, '2025-08-01')], [aim({ AimType: 1 })], 0],
    ['two programme aims: two findings', [status(11, '2025-08-01')], [apprenticeship(), apprenticeship({ AimSeqNumber: 2 })], 2],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(EmpStat_12, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'warning' });
  });

  it('reports the status\'s EmpStat with the aim\'s start, or the start when no status is in force', () => {
    expect(run(EmpStat_12, '2526', [status(11, '2025-08-01')], [apprenticeship()])[0]).toMatchObject({
      entity: 'LearnerEmploymentStatus',
      field: 'EmpStat',
      related: [{ field: 'LearnStartDate' }],
    });
    expect(run(EmpStat_12, '2526', [], [apprenticeship()])[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const prog = (fams: [string, string][]) => aim({ AimType: 1, ProgType: 2, LearnStartDate: '2018-08-01' }, fams);
  it.each<[string, [string, string][], number]>([
    ['Validate_Error: EmpStat 11 from 2018-08-01, LDM 100', [['LDM', '100']], 1],
    ['Validate_NoError: LDM 353', [['LDM', '353']], 0],
    ['LDM 354 excluded in 2020-21', [['LDM', '354']], 0],
  ])('%s', (_n, fams, expected) => {
    expect(run(EmpStat_12, '2021', [status(11, '2018-08-01')], [prog(fams)])).toHaveLength(expected);
  });

  it('the years differ: one finding per learner in 2020-21', () => {
    const two = [prog([]), { ...prog([]), AimSeqNumber: 2 }];
    expect(run(EmpStat_12, '2021', [status(11, '2018-08-01')], two)).toHaveLength(1);
  });
});
