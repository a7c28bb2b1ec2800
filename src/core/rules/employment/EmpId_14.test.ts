import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpId_14 } from './EmpId_14';

const ID = { EmpId: '100000002' };

describe('EmpId_14: an apprentice not in paid employment must not have an employer identifier', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['EmpStat 11 with EmpId, standard', [status(11, '2025-08-01', [], ID)], [apprenticeship()], 1],
    ['EmpStat 12 with EmpId, framework ProgType 3', [status(12, '2025-08-01', [], ID)], [apprenticeship({ ProgType: 3 })], 1],
    ['EmpStat 11 without EmpId', [status(11, '2025-08-01')], [apprenticeship()], 0],
    ['EmpStat 10 with EmpId', [status(10, '2025-08-01', [], ID)], [apprenticeship()], 0],
    ['EmpStat 98 with EmpId', [status(98, '2025-08-01', [], ID)], [apprenticeship()], 0],
    ['not an apprenticeship (ProgType 24)', [status(11, '2025-08-01', [], ID)], [aim({ ProgType: 24 })], 0],
    ['no ProgType', [status(11, '2025-08-01', [], ID)], [aim()], 0],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(EmpId_14, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'EmpId', value: '100000002' });
  });
});

describe('2020-21 (the same check)', () => {
  it('EmpStat 11 with EmpId, ProgType 20', () => {
    expect(run(EmpId_14, '2021', [status(11, '2020-08-01', [], ID)], [apprenticeship({ ProgType: 20, LearnStartDate: '2020-09-01' })])).toHaveLength(1);
  });
});
