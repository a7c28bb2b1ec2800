import { heFindings, type HeCase } from './he-testing';
import { LearningDeliveryHE_02 } from './LearningDeliveryHE_02';

describe('LearningDeliveryHE_02: an OfS-funded aim returns LearningDeliveryHE', () => {
  it.each<[string, HeCase, number]>([
    ['OfS-funded, no HE', { he: null }, 1],
    ['OfS-funded, HE', {}, 0],
    ['FundModel 35, no HE', { he: null, aim: { FundModel: 35 } }, 0],
    ['FundModel 99, SOF 107, no HE', { he: null, fams: [['SOF', 107]] }, 0],
    ['FundModel 99, no FAMs, no HE', { he: null, fams: [] }, 0],
    ['OfS-funded HESA-generated (LDM 352), no HE: the 2025-26 text has no exclusion', { he: null, fams: [['SOF', 1], ['LDM', 352]] }, 1],
  ])('%s', (_n, c, n) => {
    const f = heFindings(LearningDeliveryHE_02, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'LearningDeliveryHE_02', entity: 'LearningDeliveryHE', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // ESFA's service excludes UHEO providers from the organisation data: the rule needs reference data in 2020-21 and
  // is not run (ValidationError: FundModel 99, SOF 1, no HE, a provider that is not UHEO; not checked here).
  it('does not run for 2020-21', () => {
    expect(heFindings(LearningDeliveryHE_02, '2021', { he: null })).toEqual([]);
  });
});
