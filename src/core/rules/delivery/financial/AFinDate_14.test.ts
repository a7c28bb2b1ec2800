import { AFinDate_14 } from './AFinDate_14';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_14: a payment record not dated after the file preparation date (2026-07-31)', () => {
  it.each([
    ['PMR the day before', 'PMR', '2026-07-30', 0],
    ['PMR on the date', 'PMR', '2026-07-31', 0],
    ['PMR the day after', 'PMR', '2026-08-01', 1],
    ['TNP the day after (not a payment)', 'TNP', '2026-08-01', 0],
  ])('%s', (_n, type, d, n) => {
    const f = finFindings(AFinDate_14, STANDARD, [fin(type, 1, d)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', value: d });
  });
  it('does not exist in 2020-21', () => expect(finFindings(AFinDate_14, STANDARD_2021, [fin('PMR', 1, '2021-08-01')], '2021')).toHaveLength(0));
});
