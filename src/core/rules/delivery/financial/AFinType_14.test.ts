import { AFinType_14 } from './AFinType_14';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_14: a training payment (PMR1) needs a training price (TNP1 or TNP3)', () => {
  it.each([
    ['PMR1 and TNP1', {}, [fin('PMR', 1, '2026-01-01'), fin('TNP', 1, '2025-09-01')], 0],
    ['PMR1 and TNP3', {}, [fin('PMR', 1, '2026-01-01'), fin('TNP', 3, '2025-09-01')], 0],
    ['PMR1, TNP2 only', {}, [fin('PMR', 1, '2026-01-01'), fin('TNP', 2, '2025-09-01')], 1],
    ['PMR2 only', {}, [fin('PMR', 2, '2026-01-01')], 0],
    ['component aim', { AimType: 3 }, [fin('PMR', 1, '2026-01-01')], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(AFinType_14, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinType', related: [{ field: 'AFinCode', value: '1' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_14, STANDARD_2021, [fin('PMR', 1, '2021-01-01')], '2021')).toHaveLength(1));
});
