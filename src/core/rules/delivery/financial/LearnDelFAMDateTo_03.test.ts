import { LearnDelFAMDateTo_03 } from './LearnDelFAMDateTo_03';
import { fam, famFindings } from './fam-testing';

const ENDED = { CompStatus: 2, LearnActEndDate: '2026-03-31', Outcome: 1 };

describe('LearnDelFAMDateTo_03: a FAM date to not after the actual end (2026-03-31)', () => {
  it.each([
    ['the day before', 35, fam('LSF', 1, '2025-09-01', '2026-03-30'), 0],
    ['on the end', 35, fam('LSF', 1, '2025-09-01', '2026-03-31'), 0],
    ['the day after', 35, fam('LSF', 1, '2025-09-01', '2026-04-01'), 1],
    ['FundModel 38', 38, fam('ALB', 1, '2025-09-01', '2026-04-01'), 1],
    ['FundModel 25', 25, fam('LSF', 1, '2025-09-01', '2026-04-01'), 0],
    ['ACT excluded', 36, fam('ACT', 1, '2025-09-01', '2026-04-01'), 0],
  ])('%s', (_n, fm, f, n) => {
    const found = famFindings(LearnDelFAMDateTo_03, { ...ENDED, FundModel: fm }, [f]);
    expect(found).toHaveLength(n);
    if (n) expect(found[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateTo', related: [{ field: 'LearnActEndDate', value: '2026-03-31' }] });
  });
  it('no actual end date', () => expect(famFindings(LearnDelFAMDateTo_03, { FundModel: 35 }, [fam('LSF', 1, '2025-09-01', '2026-04-01')])).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnDelFAMDateTo_03RuleTests: InvalidItemRaisesValidationMessage (FundModel 35, date to a day after the actual end
  // 2017-12-30, e.g. LSF), HasQualifyingFundingMeetsExpectation (25: false), IsQualifyingMonitorMeetsExpectation (ACT:
  // false); FundModel 38 is not in the service's list.
  const aim = { CompStatus: 2, LearnStartDate: '2017-09-01', LearnActEndDate: '2017-12-30', Outcome: 1 };
  it.each([
    ['InvalidItemRaisesValidationMessage (LSF, +1)', 35, fam('LSF', 1, '2017-09-01', '2017-12-31'), 1],
    ['HasQualifyingFundingMeetsExpectation (25)', 25, fam('LSF', 1, '2017-09-01', '2017-12-31'), 0],
    ['IsQualifyingMonitorMeetsExpectation (ACT)', 35, fam('ACT', 1, '2017-09-01', '2017-12-31'), 0],
    ['FundModel 38 not checked', 38, fam('LSF', 1, '2017-09-01', '2017-12-31'), 0],
  ])('%s', (_n, fm, f, n) => expect(famFindings(LearnDelFAMDateTo_03, { ...aim, FundModel: fm }, [f], '2021')).toHaveLength(n));
});
