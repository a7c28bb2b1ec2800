import { aimFindings } from './delivery-testing';
import { LearnActEndDate_01 } from './LearnActEndDate_01';

describe('LearnActEndDate_01: the actual end date is not before the start date', () => {
  it.each([
    ['one day before the start', '2025-08-31', 1],
    ['on the start date', '2025-09-01', 0],
    ['one day after the start', '2025-09-02', 0],
    ['no end date', null, 0],
  ])('%s', (_n, end, n) => {
    const f = aimFindings(LearnActEndDate_01, { CompStatus: 2, LearnActEndDate: end });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'LearnActEndDate', value: end });
  });
});
