import { AFinDate_03 } from './AFinDate_03';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_03: a financial record not dated after the file preparation date (2026-07-31)', () => {
  it.each([
    ['the day before', '2026-07-30', 0],
    ['on the date', '2026-07-31', 0],
    ['the day after', '2026-08-01', 1],
  ])('TNP dated %s', (_n, d, n) => {
    const f = finFindings(AFinDate_03, STANDARD, [fin('TNP', 1, '2025-09-01'), fin('PMR', 1, d)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', value: d, aimSeqNumber: '1' });
  });
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['the day after the file preparation date', '2021-08-01', 1],
    ['on the file preparation date', '2021-07-31', 0],
  ])('%s', (_n, d, n) => expect(finFindings(AFinDate_03, STANDARD_2021, [fin('TNP', 1, d)], '2021')).toHaveLength(n));
});
