import { type Esm, run, status } from './employment-testing';
import { ESMType_19 } from './ESMType_19';

describe('ESMType_19: small or medium employer needs paid employment', () => {
  it.each<[string, number | undefined, Esm[], number]>([
    ['EmpStat 11 with OET 2', 11, [['OET', 2]], 1],
    ['EmpStat 98 with OET 2', 98, [['OET', 2]], 1],
    ['no EmpStat with OET 2 ("or not returned")', undefined, [['OET', 2]], 1],
    ['EmpStat 10 with OET 2', 10, [['OET', 2]], 0],
    ['EmpStat 11 with OET 1', 11, [['OET', 1]], 0],
  ])('%s', (_n, emp, esm, expected) => {
    const f = run(ESMType_19, '2526', [status(emp, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMCode', value: '2' });
  });

  it('is not a 2020-21 rule', () => {
    expect(run(ESMType_19, '2021', [status(11, '2020-08-01', [['OET', 2]])])).toEqual([]);
  });
});
