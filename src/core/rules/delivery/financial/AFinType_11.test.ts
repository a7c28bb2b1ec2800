import { AFinType_11 } from './AFinType_11';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_11: no assessment codes (2, 4) on a FundModel 36 framework', () => {
  it.each([
    ['framework, TNP2', { ProgType: 3 }, fin('TNP', 2, '2025-09-01'), 1],
    ['framework, PMR4', { ProgType: 3 }, fin('PMR', 4, '2025-09-01'), 1],
    ['framework, TNP1', { ProgType: 3 }, fin('TNP', 1, '2025-09-01'), 0],
    ['standard, TNP2', {}, fin('TNP', 2, '2025-09-01'), 0],
    ['FundModel 81 framework, TNP2', { ProgType: 3, FundModel: 81 }, fin('TNP', 2, '2025-09-01'), 0],
  ])('%s', (_n, fields, rec, n) => {
    const f = finFindings(AFinType_11, { ...STANDARD, ...fields }, [rec]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinCode', related: [{ field: 'ProgType', value: '3' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_11, { ...STANDARD_2021, ProgType: 20 }, [fin('TNP', 2, '2020-09-01')], '2021')).toHaveLength(1));
});
