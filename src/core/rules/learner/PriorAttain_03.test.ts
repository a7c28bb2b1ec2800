import { years } from '../../years/registry';
import { findingsOf, learnerWith } from '../testing';
import { PriorAttain_03 } from './PriorAttain_03';

describe('PriorAttain_03: the prior attainment level must be a valid code', () => {
  it.each([
    [2, false],
    [99, false],
    [6, true], // not in the 2020-21 numbering
    [14, true],
  ])('2020-21 (the learner\'s own PriorAttain field): %p', (value, fires) => {
    const f = findingsOf(PriorAttain_03, '2021', learnerWith({ PriorAttain: value }));
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'PriorAttain', value: String(value) });
  });

  it('runs for 2025-26 on PriorAttain.PriorLevel (the inferred 2025-26 PriorLevel list, assets/codes)', () => {
    expect(PriorAttain_03.appliesTo!(years.get('2526'))).toBe(true);
    expect(PriorAttain_03.appliesTo!(years.get('2021'))).toBe(true);
    expect(findingsOf(PriorAttain_03, '2526', learnerWith({ PriorAttain: [{ PriorLevel: 3, DateLevelApp: '2025-08-01' }] }))).toEqual([]);
    // the inferred list is marked incomplete: a two-digit level may be one the product lacks; three digits cannot be
    expect(findingsOf(PriorAttain_03, '2526', learnerWith({ PriorAttain: [{ PriorLevel: 42, DateLevelApp: '2025-08-01' }] }))).toEqual([]);
    const [f] = findingsOf(PriorAttain_03, '2526', learnerWith({ PriorAttain: [{ PriorLevel: 420, DateLevelApp: '2025-08-01' }] }));
    expect(f!.message).toMatch(/PriorLevel list is incomplete.*at most 2 digits/);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ...[6, 8, 14, 15].map((v) => [`Validate_Error: ${v}`, v, 1] as const),
    ...[1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 97, 98, 99].map((v) => [`Validate_NoError: ${v}`, v, 0] as const),
  ])('%s', (_n, value, expected) => {
    expect(findingsOf(PriorAttain_03, '2021', learnerWith({ PriorAttain: value }))).toHaveLength(expected);
  });
});
