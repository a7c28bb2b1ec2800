import { type Esm, run, status } from './employment-testing';
import { ESMType_18 } from './ESMType_18';

describe('ESMType_18: employed must not be recorded as made redundant', () => {
  it.each<[string, number, Esm[], number]>([
    ['EmpStat 10 with OET 1', 10, [['OET', 1]], 1],
    ['EmpStat 10 with OET 2', 10, [['OET', 2]], 0],
    ['EmpStat 11 with OET 1', 11, [['OET', 1]], 0],
    ['EmpStat 12 with OET 1', 12, [['OET', 1]], 0],
  ])('%s', (_n, emp, esm, expected) => {
    const f = run(ESMType_18, '2526', [status(emp, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMCode', value: '1', related: [{ field: 'EmpStat' }] });
  });

  it('is not a 2020-21 rule', () => {
    expect(run(ESMType_18, '2021', [status(10, '2020-08-01', [['OET', 1]])])).toEqual([]);
  });
});
