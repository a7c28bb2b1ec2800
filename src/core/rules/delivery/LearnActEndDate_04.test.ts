import { aimFindings } from './delivery-testing';
import { LearnActEndDate_04 } from './LearnActEndDate_04';

describe('LearnActEndDate_04: the actual end date is not after the file preparation date', () => {
  it.each([
    ['a day after the file was prepared', '2026-03-02', 1],
    ['on the preparation date', '2026-03-01', 0],
    ['a day before', '2026-02-28', 0],
  ])('%s', (_n, end, n) => {
    expect(aimFindings(LearnActEndDate_04, { CompStatus: 2, LearnActEndDate: end }, '2526', '2026-03-01')).toHaveLength(n);
  });
});
