import { LearnDelFAMDateFrom_06 } from './LearnDelFAMDateFrom_06';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateFrom_06: an EVI FAM applies from 1 August 2025 or later', () => {
  it.each([
    ['EVI from 2025-07-31', fam('EVI', 1, '2025-07-31'), 1],
    ['EVI from 2025-08-01', fam('EVI', 1, '2025-08-01'), 0],
    ['EVI from 2025-08-02', fam('EVI', 1, '2025-08-02'), 0],
    ['ACT from 2025-07-31', fam('ACT', 1, '2025-07-31'), 0],
    ['EVI without a date', fam('EVI', 1), 0],
  ])('%s', (_n, f, n) => {
    const found = famFindings(LearnDelFAMDateFrom_06, { LearnStartDate: '2025-07-01' }, [f]);
    expect(found).toHaveLength(n);
    if (n) expect(found[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom', value: '2025-07-31' });
  });
  it('does not exist in 2020-21', () => expect(famFindings(LearnDelFAMDateFrom_06, {}, [fam('EVI', 1, '2020-09-01')], '2021')).toHaveLength(0));
});
