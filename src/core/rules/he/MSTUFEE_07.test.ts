import { heFindings, type HeCase } from './he-testing';
import { MSTUFEE_07 } from './MSTUFEE_07';

const c = (start: string, fee: number, ssn: string | null = null): HeCase => ({ aim: { LearnStartDate: start }, he: { MSTUFEE: fee, SSN: ssn } });

describe('MSTUFEE_07: SAAS or SLC from 2025-26 needs the SSN', () => {
  it.each<[string, HeCase, number]>([
    ['started 2025-08-01 (boundary), MSTUFEE 10, no SSN', c('2025-08-01', 10), 1],
    ['started 2025-08-04 (before the prose\'s 2025-08-05), MSTUFEE 3, no SSN', c('2025-08-04', 3), 1],
    ['started 2025-07-31, MSTUFEE 10, no SSN', c('2025-07-31', 10), 0],
    ['started 2025-09-01, MSTUFEE 2, no SSN', c('2025-09-01', 2), 0],
    ['started 2025-09-01, MSTUFEE 10, SSN returned', c('2025-09-01', 10, 'WADM46891352A'), 0],
  ])('%s', (_n, hc, n) => {
    const f = heFindings(MSTUFEE_07, '2526', hc);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_07', severity: 'warning', field: 'SSN', aimSeqNumber: '1' });
  });

  it('does not exist in 2020-21', () => expect(heFindings(MSTUFEE_07, '2021', c('2020-09-01', 3))).toEqual([]));
});
