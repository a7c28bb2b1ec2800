import { LearnDelFAMDateTo_01 } from './LearnDelFAMDateTo_01';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateTo_01: a FAM date to is not before its date from (2025-10-01)', () => {
  it.each([
    ['the day before', '2025-09-30', 1],
    ['on the date from', '2025-10-01', 0],
    ['the day after', '2025-10-02', 0],
  ])('date to %s', (_n, to, n) => {
    const f = famFindings(LearnDelFAMDateTo_01, {}, [fam('LSF', 1, '2025-10-01', to)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateTo', value: to, aimSeqNumber: '1', related: [{ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom', value: '2025-10-01', aimSeqNumber: '1' }] });
  });
  it('no date from', () => expect(famFindings(LearnDelFAMDateTo_01, {}, [fam('LSF', 1, undefined, '2025-09-30')])).toHaveLength(0));
  it('2020-21: the same rule', () => expect(famFindings(LearnDelFAMDateTo_01, {}, [fam('ACT', 1, '2020-10-01', '2020-09-30')], '2021')).toHaveLength(1));
});
