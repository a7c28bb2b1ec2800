import { type Esm, run, status } from './employment-testing';
import { ESMType_02 } from './ESMType_02';

describe('ESMType_02: employed from 1 August 2012 needs an employment intensity indicator', () => {
  it.each<[string, number, string, Esm[], number]>([
    ['employed, no EII', 10, '2025-08-01', [['LOE', 4]], 1],
    ['employed with EII', 10, '2025-08-01', [['EII', 8]], 0],
    ['employed with lower-case eii', 10, '2025-08-01', [['eii', 8]], 0],
    ['applies 31 July 2012 (before)', 10, '2012-07-31', [], 0],
    ['applies 1 August 2012 (boundary)', 10, '2012-08-01', [], 1],
    ['not employed (11)', 11, '2025-08-01', [], 0],
  ])('%s', (_n, emp, d, esm, expected) => {
    const f = run(ESMType_02, '2526', [status(emp, d, esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpStat' });
  });
});

describe('2020-21 (the same check)', () => {
  it.each<[string, number, string, Esm[], number]>([
    ['EmpStat 10 on 2012-08-01 with no monitoring', 10, '2012-08-01', [], 1],
    ['EmpStat 10 with EII', 10, '2013-08-01', [['EII', 1]], 0],
  ])('%s', (_n, emp, d, esm, expected) => {
    expect(run(ESMType_02, '2021', [status(emp, d, esm)])).toHaveLength(expected);
  });
});
