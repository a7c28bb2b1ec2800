import { type Esm, run, status } from './employment-testing';
import { ESMType_12 } from './ESMType_12';

describe('ESMType_12: not in paid employment from 1 August 2013 must not have EII or SEI', () => {
  it.each<[string, number, string, Esm[], number]>([
    ['EmpStat 11 with EII', 11, '2025-08-01', [['EII', 8]], 1],
    ['EmpStat 12 with SEI', 12, '2025-08-01', [['SEI', 1]], 1],
    ['EmpStat 11 with EII and SEI: two', 11, '2025-08-01', [['EII', 8], ['SEI', 1]], 2],
    ['EmpStat 10 with EII', 10, '2025-08-01', [['EII', 8]], 0],
    ['EmpStat 11 with LOU only', 11, '2025-08-01', [['LOU', 1]], 0],
    ['applies 31 July 2013 (before)', 11, '2013-07-31', [['EII', 1]], 0],
    ['applies 1 August 2013 (boundary)', 11, '2013-08-01', [['EII', 1]], 1],
  ])('%s', (_n, emp, d, esm, expected) => {
    const f = run(ESMType_12, '2526', [status(emp, d, esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMType' });
  });
});

describe('2020-21 (the same check)', () => {
  it('EmpStat 12 with SEI in 2020-21', () => {
    expect(run(ESMType_12, '2021', [status(12, '2020-08-01', [['SEI', 1]])])).toHaveLength(1);
  });
});
