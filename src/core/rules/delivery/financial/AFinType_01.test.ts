import { AFinType_01 } from './AFinType_01';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

const TRAILBLAZER = { ...STANDARD, FundModel: 81 };

describe('AFinType_01: a trailblazer standard programme aim has a TNP1', () => {
  it.each([
    ['TNP1', {}, [fin('TNP', 1, '2025-09-01')], 0],
    ['no record', {}, [], 1],
    ['TNP2 only', {}, [fin('TNP', 2, '2025-09-01')], 1],
    ['PMR1 only', {}, [fin('PMR', 1, '2025-09-01')], 1],
    ['FundModel 36', { FundModel: 36 }, [], 0],
    ['component aim', { AimType: 3 }, [], 0],
    ['ProgType 24', { ProgType: 24 }, [], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(AFinType_01, { ...TRAILBLAZER, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinType', aimSeqNumber: '1' });
  });
  it('2020-21: the same rule', () => expect(finFindings(AFinType_01, { ...STANDARD_2021, FundModel: 81 }, [], '2021')).toHaveLength(1));
});
