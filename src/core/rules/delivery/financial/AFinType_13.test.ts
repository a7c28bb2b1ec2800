import { AFinType_13 } from './AFinType_13';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_13: a FundModel 36 programme aim has a price from its start date (2025-09-01)', () => {
  it.each([
    ['TNP1 on the start date', {}, [fin('TNP', 1, '2025-09-01')], 0],
    ['TNP2 on the start date', {}, [fin('TNP', 2, '2025-09-01')], 0],
    ['TNP1 the day after', {}, [fin('TNP', 1, '2025-09-02')], 1],
    ['TNP1 the day before', {}, [fin('TNP', 1, '2025-08-31')], 1],
    ['PMR on the start date', {}, [fin('PMR', 1, '2025-09-01')], 1],
    ['no record', {}, [], 1],
    ['component aim', { AimType: 3 }, [], 0],
    ['FundModel 81', { FundModel: 81 }, [], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(AFinType_13, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate', value: '2025-09-01' });
  });
  it('names the price records it looked at', () => {
    expect(finFindings(AFinType_13, STANDARD, [fin('TNP', 1, '2025-09-02')])[0]!.related).toEqual([expect.objectContaining({ entity: 'AppFinRecord', field: 'AFinDate', value: '2025-09-02' })]);
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_13, STANDARD_2021, [fin('TNP', 1, '2020-09-02')], '2021')).toHaveLength(1));
});
