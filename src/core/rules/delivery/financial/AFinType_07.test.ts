import { AFinType_07 } from './AFinType_07';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_07: an assessment payment (PMR2) needs an assessment price (TNP2 or TNP4)', () => {
  it.each([
    ['PMR2 and TNP2', {}, [fin('PMR', 2, '2026-01-01'), fin('TNP', 2, '2025-09-01')], 0],
    ['PMR2 and TNP4', {}, [fin('PMR', 2, '2026-01-01'), fin('TNP', 4, '2025-09-01')], 0],
    ['PMR2, TNP1 only', {}, [fin('PMR', 2, '2026-01-01'), fin('TNP', 1, '2025-09-01')], 1],
    ['PMR2 alone', {}, [fin('PMR', 2, '2026-01-01')], 1],
    ['PMR1, no assessment price', {}, [fin('PMR', 1, '2026-01-01'), fin('TNP', 1, '2025-09-01')], 0],
    ['component aim', { AimType: 3 }, [fin('PMR', 2, '2026-01-01')], 0],
    ['not a standard', { ProgType: 24 }, [fin('PMR', 2, '2026-01-01')], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(AFinType_07, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinType', related: [{ entity: 'AppFinRecord', field: 'AFinCode', value: '2' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_07, STANDARD_2021, [fin('PMR', 2, '2021-01-01')], '2021')).toHaveLength(1));
});
