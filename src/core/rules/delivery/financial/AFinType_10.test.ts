import { AFinType_10 } from './AFinType_10';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinType_10: a standard programme aim should have an assessment price (TNP2 or TNP4)', () => {
  it.each([
    ['TNP2', {}, [fin('TNP', 2, '2025-09-01')], 0],
    ['TNP4', {}, [fin('TNP', 4, '2025-09-01')], 0],
    ['TNP1 only', {}, [fin('TNP', 1, '2025-09-01')], 1],
    ['PMR2 only', {}, [fin('PMR', 2, '2025-09-01')], 1],
    ['non-funded standard (FundModel 99): no exclusion in 2025-26', { FundModel: 99 }, [], 1],
    ['component aim', { AimType: 3 }, [], 0],
    ['not a standard', { ProgType: 24 }, [], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(AFinType_10, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', entity: 'AppFinRecord', field: 'AFinType' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // AFinType_10RuleTests: Validate_Error (ProgType 25, AimType 1, no TNP2/4), Validate_NoError (ProgType 24),
  // Validate_NoError_Exclusion (FundModel 99), Validate_NoError_HasTNP (a TNP2).
  it.each([
    ['Validate_Error', { FundModel: 36 }, [fin('TNP', 1, '2020-09-01')], 1],
    ['Validate_NoError', { ProgType: 24 }, [], 0],
    ['Validate_NoError_Exclusion', { FundModel: 99 }, [], 0],
    ['Validate_NoError_HasTNP', {}, [fin('TNP', 2, '2020-09-01')], 0],
  ])('%s', (_n, fields, recs, n) => expect(finFindings(AFinType_10, { ...STANDARD_2021, ...fields }, recs, '2021')).toHaveLength(n));
});
