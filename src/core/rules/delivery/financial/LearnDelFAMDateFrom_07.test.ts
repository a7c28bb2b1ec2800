import { LearnDelFAMDateFrom_07 } from './LearnDelFAMDateFrom_07';
import { fam, famFindings } from './fam-testing';

const BOOTCAMP = { LearnAimRef: 'ZPROG001', AimType: 1, FundModel: 37, ProgType: 32, LearnStartDate: '2025-09-01', LearnActEndDate: '2026-01-31', CompStatus: 2, Outcome: 1 };

describe('LearnDelFAMDateFrom_07: an EVI applies from within the programme aim (2025-09-01 to 2026-01-31)', () => {
  it.each([
    ['the day before the start', {}, '2025-08-31', 1, 'LearnStartDate'],
    ['on the start', {}, '2025-09-01', 0, ''],
    ['on the actual end', {}, '2026-01-31', 0, ''],
    ['the day after the actual end', {}, '2026-02-01', 1, 'LearnActEndDate'],
    ['after the planned end, no actual end', { LearnActEndDate: null, CompStatus: 1, Outcome: null }, '2026-09-01', 0, ''],
    ['on a component aim', { AimType: 3 }, '2025-08-31', 0, ''],
  ])('%s', (_n, fields, from, n, field) => {
    const f = famFindings(LearnDelFAMDateFrom_07, { ...BOOTCAMP, ...fields }, [fam('EVI', 4, from)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom', value: from, related: [{ entity: 'LearningDelivery', field }] });
  });
  it('other FAM types are not checked', () => expect(famFindings(LearnDelFAMDateFrom_07, BOOTCAMP, [fam('LSF', 1, '2025-08-01', '2025-12-31')])).toHaveLength(0));
  it('does not exist in 2020-21', () => expect(famFindings(LearnDelFAMDateFrom_07, { ...BOOTCAMP, LearnStartDate: '2020-09-01', LearnActEndDate: '2021-01-31' }, [fam('EVI', 4, '2020-08-01')], '2021')).toHaveLength(0));
});
