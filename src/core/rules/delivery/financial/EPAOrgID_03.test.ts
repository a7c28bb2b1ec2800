import { EPAOrgID_03 } from './EPAOrgID_03';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('EPAOrgID_03: an EPA organisation needs an assessment price', () => {
  it.each([
    ['EPAOrgID and TNP2', { EPAOrgID: 'EPA0001' }, [fin('TNP', 2, '2025-09-01')], 0],
    ['EPAOrgID and TNP4', { EPAOrgID: 'EPA0001' }, [fin('TNP', 4, '2025-09-01')], 0],
    ['EPAOrgID, TNP1 and PMR2 only', { EPAOrgID: 'EPA0001' }, [fin('TNP', 1, '2025-09-01'), fin('PMR', 2, '2026-01-01')], 1],
    ['EPAOrgID, no records', { EPAOrgID: 'EPA0001' }, [], 1],
    ['no EPAOrgID', {}, [], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(EPAOrgID_03, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'EPAOrgID', value: 'EPA0001' });
  });
  it('2020-21: the same rule', () => expect(finFindings(EPAOrgID_03, { ...STANDARD_2021, EPAOrgID: 'EPA0001' }, [], '2021')).toHaveLength(1));
});
