import { EPAOrgID_02 } from './EPAOrgID_02';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('EPAOrgID_02: an assessment price needs an EPA organisation', () => {
  it.each([
    ['TNP2, no EPAOrgID', {}, [fin('TNP', 2, '2025-09-01')], 1],
    ['TNP4, no EPAOrgID', {}, [fin('TNP', 4, '2025-09-01')], 1],
    ['TNP2 and EPAOrgID', { EPAOrgID: 'EPA0001' }, [fin('TNP', 2, '2025-09-01')], 0],
    ['TNP1 and PMR2, no EPAOrgID', {}, [fin('TNP', 1, '2025-09-01'), fin('PMR', 2, '2026-01-01')], 0],
  ])('%s', (_n, fields, recs, n) => {
    const f = finFindings(EPAOrgID_02, { ...STANDARD, ...fields }, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'EPAOrgID', related: [{ entity: 'AppFinRecord', field: 'AFinCode' }] });
  });
  it('2020-21: the same rule', () => expect(finFindings(EPAOrgID_02, STANDARD_2021, [fin('TNP', 2, '2020-09-01')], '2021')).toHaveLength(1));
});
