import { AFinDate_08 } from './AFinDate_08';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_08: a TNP2 and a TNP4 not on the same date', () => {
  it.each([
    ['TNP2 the day before the TNP4', [fin('TNP', 2, '2025-12-31'), fin('TNP', 4, '2026-01-01')], 0],
    ['TNP2 on the TNP4 date', [fin('TNP', 2, '2026-01-01'), fin('TNP', 4, '2026-01-01')], 1],
    ['TNP2 the day after the TNP4', [fin('TNP', 4, '2026-01-01'), fin('TNP', 2, '2026-01-02')], 0],
    ['a PMR on the TNP4 date', [fin('PMR', 2, '2026-01-01'), fin('TNP', 4, '2026-01-01')], 0],
    ['two TNP2s, no TNP4', [fin('TNP', 2, '2026-01-01'), fin('TNP', 2, '2026-01-01')], 0],
  ])('%s', (_n, recs, n) => {
    const f = finFindings(AFinDate_08, STANDARD, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', value: '2026-01-01', related: [{ entity: 'AppFinRecord', field: 'AFinDate', value: '2026-01-01' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinDate_08, STANDARD_2021, [fin('TNP', 2, '2020-09-01'), fin('TNP', 4, '2020-09-01')], '2021')).toHaveLength(1));
});
