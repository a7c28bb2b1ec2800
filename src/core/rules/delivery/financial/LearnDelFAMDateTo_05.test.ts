import { LearnDelFAMDateTo_05 } from './LearnDelFAMDateTo_05';
import { fam, famFindings } from './fam-testing';

const ACHIEVED = { LearnAimRef: 'ZPROG001', AimType: 1, FundModel: 36, ProgType: 25, StdCode: 1, CompStatus: 2, LearnActEndDate: '2026-03-31', Outcome: 1, AchDate: '2026-05-31' };

describe('LearnDelFAMDateTo_05: an ACT date to not after the achievement date (2026-05-31)', () => {
  it.each([
    ['the day before', {}, fam('ACT', 1, '2025-09-01', '2026-05-30'), 0],
    ['on AchDate', {}, fam('ACT', 1, '2025-09-01', '2026-05-31'), 0],
    ['the day after', {}, fam('ACT', 1, '2025-09-01', '2026-06-01'), 1],
    ['LSF the day after', {}, fam('LSF', 1, '2025-09-01', '2026-06-01'), 0],
    ['no AchDate', { AchDate: null, Outcome: 8 }, fam('ACT', 1, '2025-09-01', '2026-06-01'), 0],
    ['FundModel 81', { FundModel: 81 }, fam('ACT', 1, '2025-09-01', '2026-06-01'), 0],
  ])('%s', (_n, fields, f, n) => {
    const found = famFindings(LearnDelFAMDateTo_05, { ...ACHIEVED, ...fields }, [f]);
    expect(found).toHaveLength(n);
    if (n) expect(found[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateTo', related: [{ field: 'AchDate', value: '2026-05-31' }] });
  });
  it('2020-21: the same rule', () => expect(famFindings(LearnDelFAMDateTo_05, { ...ACHIEVED, AchDate: '2021-05-31', LearnActEndDate: '2021-03-31' }, [fam('ACT', 1, '2020-09-01', '2021-06-01')], '2021')).toHaveLength(1));
});
