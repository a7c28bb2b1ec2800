import { AFinDate_06 } from './AFinDate_06';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_06: no total assessment price (TNP2) after a residual assessment price (TNP4)', () => {
  it.each([
    ['TNP2 the day before the TNP4', [fin('TNP', 2, '2025-12-31'), fin('TNP', 4, '2026-01-01')], 0],
    ['TNP2 on the TNP4 date (AFinDate_08)', [fin('TNP', 2, '2026-01-01'), fin('TNP', 4, '2026-01-01')], 0],
    ['TNP2 the day after the TNP4', [fin('TNP', 4, '2026-01-01'), fin('TNP', 2, '2026-01-02')], 1],
    ['TNP2 after the first of two TNP4s, before the second', [fin('TNP', 4, '2026-01-01'), fin('TNP', 2, '2026-02-01'), fin('TNP', 4, '2026-03-01')], 1],
    ['no TNP4', [fin('TNP', 2, '2025-09-01'), fin('TNP', 2, '2026-02-01')], 0],
    ['TNP1 after a TNP4 (training, not assessment)', [fin('TNP', 4, '2026-01-01'), fin('TNP', 1, '2026-02-01')], 0],
    ['PMR2 after a TNP4 (a payment, not a price)', [fin('TNP', 4, '2026-01-01'), fin('PMR', 2, '2026-02-01')], 0],
  ])('%s', (_n, recs, n) => {
    const f = finFindings(AFinDate_06, STANDARD, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', related: [{ entity: 'AppFinRecord', field: 'AFinDate', value: '2026-01-01', aimSeqNumber: '1' }] });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // Validate_Error (second aim: TNP2 2018-11-01 after TNP4 2018-10-01); Validate_NoError_AppFinRecordsNoTNP4; and the
  // service's comparison with the latest TNP4 only (GetLatestAppFinRecord).
  it.each([
    ['Validate_Error', [fin('PMR', 1, '2018-09-01'), fin('TNP', 2, '2018-11-01'), fin('TNP', 4, '2018-10-01')], 1],
    ['Validate_NoError_AppFinRecordsNoTNP4', [fin('TNP', 2, '2018-09-01'), fin('TNP', 2, '2018-10-01'), fin('PMR', 1, '2018-09-01')], 0],
    ['TNP2 before the latest TNP4', [fin('TNP', 4, '2018-10-01'), fin('TNP', 2, '2018-11-01'), fin('TNP', 4, '2018-12-01')], 0],
  ])('%s', (_n, recs, n) => expect(finFindings(AFinDate_06, STANDARD_2021, recs, '2021')).toHaveLength(n));
});
