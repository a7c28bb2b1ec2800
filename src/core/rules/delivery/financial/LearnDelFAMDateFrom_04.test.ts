import { LearnDelFAMDateFrom_04 } from './LearnDelFAMDateFrom_04';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateFrom_04: an ACT FAM has a date from', () => {
  it.each([
    ['ACT without', fam('ACT', 1), 1],
    ['ACT with', fam('ACT', 1, '2025-09-01'), 0],
    ['LSF without', fam('LSF', 1), 0],
  ])('%s', (_n, f, n) => {
    const found = famFindings(LearnDelFAMDateFrom_04, { FundModel: 36, ProgType: 25, AimType: 1 }, [f]);
    expect(found).toHaveLength(n);
    if (n) expect(found[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom' });
  });
  it('2020-21: the same rule', () => expect(famFindings(LearnDelFAMDateFrom_04, {}, [fam('ACT', 1)], '2021')).toHaveLength(1));
});
