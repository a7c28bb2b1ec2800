import { AFinType_04 } from './AFinType_04';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_04: financial records only on apprenticeship programme aims', () => {
  it.each([
    ['FundModel 36 programme aim', {}, 0],
    ['FundModel 36 programme aim, no ProgType', { ProgType: null }, 0],
    ['FundModel 81 standard programme aim', { FundModel: 81 }, 0],
    ['FundModel 81, ProgType 24', { FundModel: 81, ProgType: 24 }, 2],
    ['FundModel 36 component aim', { AimType: 3 }, 2],
    ['FundModel 35 aim', { FundModel: 35, ProgType: null, AimType: 4 }, 2],
    ['FundModel 99 standard programme aim', { FundModel: 99 }, 2],
  ])('%s', (_n, fields, n) => {
    const f = finFindings(AFinType_04, { ...STANDARD, ...fields }, [fin('TNP', 1, '2025-09-01'), fin('PMR', 1, '2025-09-30')]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinType', value: 'TNP', related: [{ entity: 'LearningDelivery', field: 'FundModel' }] });
  });
  it('no record, no finding', () => expect(finFindings(AFinType_04, { ...STANDARD, FundModel: 35 })).toHaveLength(0));
  it('2020-21: the same rule', () => expect(finFindings(AFinType_04, { ...STANDARD_2021, AimType: 3 }, [fin('TNP', 1, '2020-09-01')], '2021')).toHaveLength(1));
});
