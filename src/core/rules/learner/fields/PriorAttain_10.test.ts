import { PriorAttain_10 } from './PriorAttain_10';
import { learnerFindings } from './fields-testing';

const p = (PriorLevel: number, DateLevelApp: string) => ({ PriorLevel, DateLevelApp });

describe('PriorAttain_10: no two PriorAttain records on the same DateLevelApp', () => {
  it.each([
    ['same date, different levels', [p(2, '2024-07-01'), p(3, '2024-07-01')], 1],
    ['same date and level', [p(3, '2024-07-01'), p(3, '2024-07-01')], 1],
    ['three on the same date: two findings', [p(1, '2024-07-01'), p(2, '2024-07-01'), p(3, '2024-07-01')], 2],
    ['a day apart', [p(2, '2024-07-01'), p(3, '2024-07-02')], 0],
    ['one record', [p(2, '2024-07-01')], 0],
  ])('%s', (_n, recs, expected) => {
    const f = learnerFindings(PriorAttain_10, '2526', { PriorAttain: recs });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'PriorAttain', field: 'DateLevelApp', related: [expect.objectContaining({ entity: 'PriorAttain', field: 'DateLevelApp' })] });
  });
  it('does not exist in 2020-21', () => expect(learnerFindings(PriorAttain_10, '2021', { PriorAttain: 2 })).toHaveLength(0));
});
