import { AFinType_08 } from './AFinType_08';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_08: residual prices (TNP3, TNP4) only for FundModel 36', () => {
  it.each([
    ['TNP3 on FundModel 36', 36, fin('TNP', 3, '2026-01-01'), 0],
    ['TNP3 on FundModel 81', 81, fin('TNP', 3, '2026-01-01'), 1],
    ['TNP4 on FundModel 81', 81, fin('TNP', 4, '2026-01-01'), 1],
    ['TNP1 on FundModel 81', 81, fin('TNP', 1, '2026-01-01'), 0],
    ['PMR3 on FundModel 81', 81, fin('PMR', 3, '2026-01-01'), 0],
  ])('%s', (_n, fm, rec, n) => {
    const f = finFindings(AFinType_08, { ...STANDARD, FundModel: fm }, [rec]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinCode', related: [{ field: 'FundModel', value: '81' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_08, { ...STANDARD_2021, FundModel: 81 }, [fin('TNP', 4, '2021-01-01')], '2021')).toHaveLength(1));
});
