import { type Esm, run, status } from './employment-testing';
import { ESMType_07 } from './ESMType_07';

describe('ESMType_07: self-employed must be in paid employment', () => {
  it.each<[string, number, Esm[], number]>([
    ['SEI with EmpStat 11', 11, [['SEI', 1]], 1],
    ['SEI with EmpStat 12', 12, [['SEI', 1]], 1],
    ['SEI with EmpStat 98', 98, [['SEI', 1]], 1],
    ['SEI with EmpStat 10', 10, [['SEI', 1]], 0],
    ['EmpStat 11 without SEI', 11, [['LOU', 1]], 0],
  ])('%s', (_n, emp, esm, expected) => {
    const f = run(ESMType_07, '2526', [status(emp, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpStat', related: [{ field: 'ESMType', value: 'SEI' }] });
  });
});

describe('2020-21 (the same check)', () => {
  it('SEI 1 with EmpStat 11', () => {
    expect(run(ESMType_07, '2021', [status(11, '2020-08-01', [['SEI', 1]])])).toHaveLength(1);
  });
});
