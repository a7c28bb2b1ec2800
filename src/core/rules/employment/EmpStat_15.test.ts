import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpStat_15 } from './EmpStat_15';

describe('EmpStat_15: employment status at an apprenticeship programme start must not be unknown', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['98 at the start', [status(98, '2025-08-01')], [apprenticeship()], 1],
    ['10 at the start', [status(10, '2025-08-01')], [apprenticeship()], 0],
    ['11 at the start', [status(11, '2025-08-01')], [apprenticeship()], 0],
    ['98 superseded on the start date', [status(98, '2025-08-01'), status(10, '2025-09-01')], [apprenticeship()], 0],
    ['98 only after the start', [status(10, '2025-08-01'), status(98, '2025-09-02')], [apprenticeship()], 0],
    ['no status in force', [], [apprenticeship()], 0],
    ['started 31 July 2016', [status(98, '2016-01-01')], [apprenticeship({ LearnStartDate: '2016-07-31' })], 0],
    ['started 1 August 2016 (boundary)', [status(98, '2016-01-01')], [apprenticeship({ LearnStartDate: '2016-08-01' })], 1],
    ['LDM 353 excluded', [status(98, '2025-08-01')], [apprenticeship({}, [['LDM', '353']])], 0],
    ['LDM 355 excluded', [status(98, '2025-08-01')], [apprenticeship({}, [['LDM', '355']])], 0],
    ['component aim', [status(98, '2025-08-01')], [apprenticeship({ AimType: 3 })], 0],
    ['not an apprenticeship', [status(98, '2025-08-01')], [aim({ AimType: 1 })], 0],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(EmpStat_15, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpStat', value: '98', related: [{ field: 'LearnStartDate' }] });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const prog = (start: string, fams: [string, string][] = []) => aim({ AimType: 1, ProgType: 3, LearnStartDate: start }, fams);
  it.each<[string, string, number]>([
    ['IsQualifyingAim: 2016-07-31', '2016-07-31', 0],
    ['IsQualifyingAim: 2016-08-01', '2016-08-01', 1],
    ['IsQualifyingAim: 2016-09-30', '2016-09-30', 1],
  ])('%s', (_n, start, expected) => {
    expect(run(EmpStat_15, '2021', [status(98, '2016-01-01')], [prog(start)])).toHaveLength(expected);
  });

  it('the years differ: LDM 353 is not excluded in 2020-21', () => {
    expect(run(EmpStat_15, '2021', [status(98, '2016-01-01')], [prog('2016-09-30', [['LDM', '353']])])).toHaveLength(1);
  });
});
