import { AFinDate_07 } from './AFinDate_07';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_07: a TNP1 and a TNP3 not on the same date', () => {
  it.each([
    ['TNP1 the day before the TNP3', [fin('TNP', 1, '2025-12-31'), fin('TNP', 3, '2026-01-01')], 0],
    ['TNP1 on the TNP3 date', [fin('TNP', 1, '2026-01-01'), fin('TNP', 3, '2026-01-01')], 1],
    ['TNP1 the day after the TNP3', [fin('TNP', 3, '2026-01-01'), fin('TNP', 1, '2026-01-02')], 0],
    ['a PMR on the TNP3 date', [fin('PMR', 1, '2026-01-01'), fin('TNP', 3, '2026-01-01')], 0],
    ['two TNP1s, no TNP3', [fin('TNP', 1, '2026-01-01'), fin('TNP', 1, '2026-01-01')], 0],
  ])('%s', (_n, recs, n) => {
    const f = finFindings(AFinDate_07, STANDARD, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', value: '2026-01-01', related: [{ entity: 'AppFinRecord', field: 'AFinDate', value: '2026-01-01' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinDate_07, STANDARD_2021, [fin('TNP', 1, '2020-09-01'), fin('TNP', 3, '2020-09-01')], '2021')).toHaveLength(1));
});
