import { AFinType_12 } from './AFinType_12';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_12: a FundModel 36 programme aim has a price record', () => {
  it.each([
    ['TNP1', {}, [fin('TNP', 1, '2025-09-01')], 0],
    ['TNP2', {}, [fin('TNP', 2, '2025-09-01')], 0],
    ['PMR only', {}, [fin('PMR', 1, '2025-09-01')], 1],
    ['no record', {}, [], 1],
    ['component aim', { AimType: 3 }, [], 0],
    ['FundModel 81', { FundModel: 81 }, [], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(AFinType_12, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinType' });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_12, STANDARD_2021, [], '2021')).toHaveLength(1));
});
