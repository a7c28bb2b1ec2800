import { type Esm, run, status } from './employment-testing';
import { ESMType_15 } from './ESMType_15';

describe('ESMType_15: SEI, EII, LOU, LOE, BSI, PEI and SEM at most once per status', () => {
  it.each<[string, Esm[], number]>([
    ['two EII', [['EII', 8], ['EII', 7]], 1],
    ['two BSI with the same code', [['BSI', 1], ['BSI', 1]], 1],
    ['three LOE: two repeats', [['LOE', 1], ['LOE', 2], ['LOE', 3]], 2],
    ['one of each', [['SEI', 1], ['EII', 8], ['LOE', 4], ['BSI', 4], ['PEI', 1], ['SEM', 1]], 0],
    ['two OET (ESMType_20\'s, not this rule\'s)', [['OET', 1], ['OET', 2]], 0],
    ['eii and EII are the same type', [['eii', 8], ['EII', 8]], 1],
  ])('%s', (_n, esm, expected) => {
    const f = run(ESMType_15, '2526', [status(10, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMType', related: [{ field: 'ESMType' }] });
  });

  it('the same type on two statuses is fine', () => {
    expect(run(ESMType_15, '2526', [status(10, '2025-01-01', [['EII', 8]]), status(10, '2025-08-01', [['EII', 8]])])).toHaveLength(0);
  });
});

describe('2020-21 (the same check)', () => {
  it('two SEM', () => {
    expect(run(ESMType_15, '2021', [status(10, '2020-08-01', [['SEM', 1], ['SEM', 1]])])).toHaveLength(1);
  });
});
