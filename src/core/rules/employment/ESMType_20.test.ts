import { type Esm, run, status } from './employment-testing';
import { ESMType_20 } from './ESMType_20';

describe('ESMType_20: each OET code once per status', () => {
  it.each<[string, Esm[], number]>([
    ['OET 1 twice', [['OET', 1], ['OET', 1]], 1],
    ['OET 2 three times', [['OET', 2], ['OET', 2], ['OET', 2]], 2],
    ['OET 1 and OET 2', [['OET', 1], ['OET', 2]], 0],
    ['one OET', [['OET', 1], ['EII', 8]], 0],
  ])('%s', (_n, esm, expected) => {
    const f = run(ESMType_20, '2526', [status(11, '2025-08-01', esm)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMCode', related: [{ field: 'ESMCode' }] });
  });

  it('the same OET code on two statuses is fine', () => {
    expect(run(ESMType_20, '2526', [status(11, '2025-01-01', [['OET', 1]]), status(11, '2025-08-01', [['OET', 1]])])).toHaveLength(0);
  });

  it('is not a 2020-21 rule', () => {
    expect(run(ESMType_20, '2021', [status(11, '2020-08-01', [['OET', 1], ['OET', 1]])])).toEqual([]);
  });
});
