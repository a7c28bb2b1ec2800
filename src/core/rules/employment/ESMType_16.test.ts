import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, type Esm, run, status } from './employment-testing';
import { ESMType_16 } from './ESMType_16';

describe('ESMType_16: apprenticeship standard, small employer, not in paid employment', () => {
  it.each<[string, number, Esm[], RecordSpec[], number]>([
    ['EmpStat 11 with SEM 1, standard', 11, [['SEM', 1]], [apprenticeship()], 1],
    ['EmpStat 12 with SEM 1, standard', 12, [['SEM', 1]], [apprenticeship()], 1],
    ['EmpStat 10 with SEM 1', 10, [['SEM', 1]], [apprenticeship()], 0],
    ['EmpStat 98 with SEM 1', 98, [['SEM', 1]], [apprenticeship()], 0],
    ['EmpStat 11 without SEM', 11, [['LOU', 1]], [apprenticeship()], 0],
    ['not an apprenticeship standard', 11, [['SEM', 1]], [aim()], 0],
  ])('%s', (_n, emp, esm, aims, expected) => {
    const f = run(ESMType_16, '2526', [status(emp, '2025-08-01', esm)], aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'EmpStat', related: [{ field: 'ESMCode' }, { field: 'ProgType', value: '25' }] });
  });
});

describe('2020-21 (the same check)', () => {
  it('EmpStat 11 with SEM 1 and a standard', () => {
    expect(run(ESMType_16, '2021', [status(11, '2020-08-01', [['SEM', 1]])], [apprenticeship({ LearnStartDate: '2020-09-01' })])).toHaveLength(1);
  });
});
