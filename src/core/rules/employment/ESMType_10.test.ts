import { type Esm, run, status } from './employment-testing';
import { ESMType_10 } from './ESMType_10';

describe('ESMType_10: not in paid employment must not have a length of employment', () => {
  it.each<[string, number, Esm[], number]>([
    ['EmpStat 11 with LOE', 11, [['LOE', 2]], 1],
    ['EmpStat 12 with LOE', 12, [['LOE', 2]], 1],
    ['EmpStat 10 with LOE', 10, [['LOE', 2]], 0],
    ['EmpStat 98 with LOE', 98, [['LOE', 2]], 0],
    ['EmpStat 11 with LOU', 11, [['LOU', 2]], 0],
  ])('%s', (_n, emp, esm, expected) => {
    const f = run(ESMType_10, '2526', [status(emp, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMType', value: 'LOE' });
  });
});

describe('2020-21 (the same check)', () => {
  it('EmpStat 12 with LOE', () => {
    expect(run(ESMType_10, '2021', [status(12, '2020-08-01', [['LOE', 1]])])).toHaveLength(1);
  });
});
