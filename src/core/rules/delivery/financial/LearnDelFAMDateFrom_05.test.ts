import { LearnDelFAMDateFrom_05 } from './LearnDelFAMDateFrom_05';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateFrom_05: an EVI FAM has a date from', () => {
  it.each([
    ['EVI without', fam('EVI', 1), 1],
    ['EVI with', fam('EVI', 1, '2025-09-01'), 0],
    ['ACT without', fam('ACT', 1), 0],
  ])('%s', (_n, f, n) => {
    const found = famFindings(LearnDelFAMDateFrom_05, {}, [f]);
    expect(found).toHaveLength(n);
    if (n) expect(found[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom' });
  });
  it('does not exist in 2020-21', () => expect(famFindings(LearnDelFAMDateFrom_05, {}, [fam('EVI', 1)], '2021')).toHaveLength(0));
});
