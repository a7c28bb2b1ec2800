import { type Esm, run, status } from './employment-testing';
import { ESMType_05 } from './ESMType_05';

describe('ESMType_05: employed must not have a length of unemployment', () => {
  it.each<[string, number, Esm[], number]>([
    ['employed with LOU', 10, [['EII', 8], ['LOU', 2]], 1],
    ['employed without LOU', 10, [['EII', 8], ['LOE', 4]], 0],
    ['unemployed (11) with LOU', 11, [['LOU', 2]], 0],
    ['not known (98) with LOU', 98, [['LOU', 2]], 0],
  ])('%s', (_n, emp, esm, expected) => {
    const f = run(ESMType_05, '2526', [status(emp, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) {
      expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMType', value: 'LOU' });
      expect(f[0]!.related?.[0]).toMatchObject({ field: 'EmpStat', value: '10' });
    }
  });
});

describe('2020-21 (the same check)', () => {
  it('employed with LOU in 2020-21', () => {
    expect(run(ESMType_05, '2021', [status(10, '2020-08-01', [['LOU', 1]])])).toHaveLength(1);
  });
});
