import { heFindings, type HeCase } from './he-testing';
import { MSTUFEE_06 } from './MSTUFEE_06';

const c = (start: string, fee: number, ssn: string | null = null): HeCase => ({ aim: { LearnStartDate: start }, he: { MSTUFEE: fee, SSN: ssn } });

describe('MSTUFEE_06: a student support award from 2021-22 to 2024-25 needs the SSN', () => {
  it.each<[string, HeCase, number]>([
    ['started 2021-08-01 (boundary), MSTUFEE 2, no SSN', c('2021-08-01', 2), 1],
    ['started 2021-07-31, MSTUFEE 2, no SSN', c('2021-07-31', 2), 0],
    ['started 2025-07-31 (boundary), MSTUFEE 54, no SSN', c('2025-07-31', 54), 1],
    ['started 2025-08-01, MSTUFEE 54, no SSN (MSTUFEE_07\'s period)', c('2025-08-01', 54), 0],
    ['started 2023-09-01, MSTUFEE 3, no SSN', c('2023-09-01', 3), 1],
    ['started 2023-09-01, MSTUFEE 4, no SSN', c('2023-09-01', 4), 1],
    ['started 2023-09-01, MSTUFEE 52, no SSN', c('2023-09-01', 52), 1],
    ['started 2023-09-01, MSTUFEE 53, no SSN', c('2023-09-01', 53), 1],
    ['started 2023-09-01, MSTUFEE 1, no SSN', c('2023-09-01', 1), 0],
    ['started 2023-09-01, MSTUFEE 2, SSN returned', c('2023-09-01', 2, 'WADM46891352A'), 0],
  ])('%s', (_n, hc, n) => {
    const f = heFindings(MSTUFEE_06, '2526', hc);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_06', severity: 'warning', field: 'SSN', aimSeqNumber: '1' });
  });

  it('does not exist in 2020-21', () => expect(heFindings(MSTUFEE_06, '2021', c('2020-09-01', 2))).toEqual([]));
});
