import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, type Esm, run, status } from './employment-testing';
import { ESMType_09 } from './ESMType_09';

const employed = (d: string, esm: Esm[] = [['EII', 8]]) => status(10, d, esm);

describe('ESMType_09: employed at an apprenticeship programme start needs a length of employment', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['employed at start, no LOE', [employed('2025-08-01')], [apprenticeship()], 1],
    ['employed at start with LOE', [employed('2025-08-01', [['LOE', 4]])], [apprenticeship()], 0],
    ['status dated on the start date applies', [employed('2025-09-01')], [apprenticeship()], 1],
    ['status dated after the start does not apply', [employed('2025-09-02')], [apprenticeship()], 0],
    ['an earlier employed status without LOE, superseded before the start', [employed('2025-01-01'), employed('2025-08-01', [['LOE', 4]])], [apprenticeship()], 0],
    ['unemployed at start', [status(11, '2025-08-01', [['LOU', 1]])], [apprenticeship()], 0],
    ['status applies 31 July 2013 (before 1 August 2013)', [employed('2013-07-31')], [apprenticeship()], 0],
    ['status applies 1 August 2013 (boundary)', [employed('2013-08-01')], [apprenticeship()], 1],
    ['component aim (AimType 3), not the programme', [employed('2025-08-01')], [apprenticeship({ AimType: 3 })], 0],
    ['not an apprenticeship (no ProgType)', [employed('2025-08-01')], [aim({ AimType: 1 })], 0],
    ['framework ProgType 3 is not DD07 in 2025-26', [employed('2025-08-01')], [apprenticeship({ ProgType: 3 })], 0],
    ['two programme aims on one status: one finding', [employed('2025-08-01')], [apprenticeship(), apprenticeship({ AimSeqNumber: 2, LearnStartDate: '2025-10-01' })], 1],
    ['two programme aims on two statuses: two findings', [employed('2025-08-01'), employed('2025-10-01')], [apprenticeship(), apprenticeship({ AimSeqNumber: 2, LearnStartDate: '2025-10-01' })], 2],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(ESMType_09, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) {
      expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpStat' });
      expect(f[0]!.related?.every((r) => r.field === 'LearnStartDate')).toBe(true);
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const prog = apprenticeship({ LearnStartDate: '2016-09-24', LearnPlanEndDate: '2021-06-30', ProgType: 3, StdCode: null, FundModel: 35 });
  it.each<[string, Esm[], number]>([
    ['InvalidItemRaisesValidationMessage: employed 2013-08-01 with LOU 2 (UnemployedFor6To11M), programme from 2016-09-24', [['LOU', 2]], 1],
    ['ValidItemDoesNotRaiseValidationMessage: employed 2013-08-01 with LOE 4 (EmployedForMoreThan12M)', [['LOE', 4]], 0],
  ])('%s', (_n, esm, expected) => {
    expect(run(ESMType_09, '2021', [status(10, '2013-08-01', esm)], [prog])).toHaveLength(expected);
  });

  it('the years differ: an employed status without LOE superseded before the start', () => {
    const statuses = [status(10, '2015-01-01'), status(10, '2016-01-01', [['LOE', 4]])];
    expect(run(ESMType_09, '2021', statuses, [prog])).toHaveLength(1);
    expect(run(ESMType_09, '2526', statuses, [apprenticeship({ LearnStartDate: '2016-09-24' })])).toHaveLength(0);
  });
});
