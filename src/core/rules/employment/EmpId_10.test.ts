import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpId_10 } from './EmpId_10';

const ID = { EmpId: '100000002' };

describe('EmpId_10: employed at an apprenticeship programme start needs an employer identifier', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['employed, no EmpId', [status(10, '2025-08-01')], [apprenticeship()], 1],
    ['employed with EmpId', [status(10, '2025-08-01', [], ID)], [apprenticeship()], 0],
    ['status on the start date without EmpId', [status(10, '2025-09-01')], [apprenticeship()], 1],
    ['EmpId on the status in force, not on an earlier one', [status(10, '2025-01-01'), status(10, '2025-08-01', [], ID)], [apprenticeship()], 0],
    ['EmpId only on a status after the start', [status(10, '2025-08-01'), status(10, '2025-09-02', [], ID)], [apprenticeship()], 1],
    ['unemployed at the start', [status(11, '2025-08-01')], [apprenticeship()], 0],
    ['no status at the start', [status(10, '2025-10-01')], [apprenticeship()], 0],
    ['component aim (AimType 3)', [status(10, '2025-08-01')], [apprenticeship({ AimType: 3 })], 0],
    ['not an apprenticeship', [status(10, '2025-08-01')], [aim({ AimType: 1 })], 0],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(EmpId_10, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpId', related: [{ field: 'LearnStartDate' }] });
  });
});

describe('2020-21 (the same check, DD07 with the framework programme types)', () => {
  it.each<[string, number, number]>([
    ['framework ProgType 3, employed, no EmpId', 3, 1],
    ['ProgType 24 (traineeship) is not DD07', 24, 0],
  ])('%s', (_n, progType, expected) => {
    const a = apprenticeship({ ProgType: progType, FundModel: 35, StdCode: null, LearnStartDate: '2020-09-01' });
    expect(run(EmpId_10, '2021', [status(10, '2020-08-01')], [a])).toHaveLength(expected);
  });
});
