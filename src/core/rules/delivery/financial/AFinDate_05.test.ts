import { AFinDate_05 } from './AFinDate_05';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_05: no total training price (TNP1) after a residual training price (TNP3)', () => {
  it.each([
    ['TNP1 the day before the TNP3', [fin('TNP', 1, '2025-12-31'), fin('TNP', 3, '2026-01-01')], 0],
    ['TNP1 on the TNP3 date (AFinDate_07)', [fin('TNP', 1, '2026-01-01'), fin('TNP', 3, '2026-01-01')], 0],
    ['TNP1 the day after the TNP3', [fin('TNP', 3, '2026-01-01'), fin('TNP', 1, '2026-01-02')], 1],
    ['TNP1 after the first of two TNP3s, before the second', [fin('TNP', 3, '2026-01-01'), fin('TNP', 1, '2026-02-01'), fin('TNP', 3, '2026-03-01')], 1],
    ['no TNP3', [fin('TNP', 1, '2025-09-01'), fin('TNP', 1, '2026-02-01')], 0],
    ['TNP2 after a TNP3 (assessment, not training)', [fin('TNP', 3, '2026-01-01'), fin('TNP', 2, '2026-02-01')], 0],
    ['PMR1 after a TNP3 (a payment, not a price)', [fin('TNP', 3, '2026-01-01'), fin('PMR', 1, '2026-02-01')], 0],
  ])('%s', (_n, recs, n) => {
    const f = finFindings(AFinDate_05, STANDARD, recs);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', related: [{ entity: 'AppFinRecord', field: 'AFinDate', value: '2026-01-01', aimSeqNumber: '1' }] });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // Validate_Error (second aim: TNP1 2018-11-01 after TNP3 2018-10-01); Validate_NoError_AppFinRecordsNoTNP3; and the
  // service's comparison with the latest TNP3 only (GetLatestAppFinRecord).
  it.each([
    ['Validate_Error', [fin('PMR', 1, '2018-09-01'), fin('TNP', 1, '2018-11-01'), fin('TNP', 3, '2018-10-01')], 1],
    ['Validate_NoError_AppFinRecordsNoTNP3', [fin('TNP', 1, '2018-09-01'), fin('TNP', 1, '2018-10-01'), fin('PMR', 1, '2018-09-01')], 0],
    ['TNP1 before the latest TNP3', [fin('TNP', 3, '2018-10-01'), fin('TNP', 1, '2018-11-01'), fin('TNP', 3, '2018-12-01')], 0],
  ])('%s', (_n, recs, n) => expect(finFindings(AFinDate_05, STANDARD_2021, recs, '2021')).toHaveLength(n));
});
