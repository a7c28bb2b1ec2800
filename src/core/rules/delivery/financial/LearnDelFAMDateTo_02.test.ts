import { LearnDelFAMDateTo_02 } from './LearnDelFAMDateTo_02';
import { fam, famFindings } from './fam-testing';

const PROGRAMME = { LearnAimRef: 'ZPROG001', AimType: 1, FundModel: 36, ProgType: 25, StdCode: 1, LearnPlanEndDate: '2026-06-30' };

describe('LearnDelFAMDateTo_02: a FAM date to not after the planned end (2026-06-30)', () => {
  it.each([
    ['the day before', {}, fam('LSF', 1, '2025-09-01', '2026-06-29'), 0],
    ['on the planned end', {}, fam('LSF', 1, '2025-09-01', '2026-06-30'), 0],
    ['the day after', {}, fam('LSF', 1, '2025-09-01', '2026-07-01'), 1],
    ['ACT on an achieved programme aim: excluded', { CompStatus: 2, LearnActEndDate: '2026-07-15', Outcome: 1, AchDate: '2026-07-20' }, fam('ACT', 1, '2025-09-01', '2026-07-20'), 0],
    ['ACT on a programme aim without AchDate', { CompStatus: 2, LearnActEndDate: '2026-07-15', Outcome: 8 }, fam('ACT', 1, '2025-09-01', '2026-07-15'), 1],
    ['ACT on an achieved component aim', { AimType: 3, CompStatus: 2, LearnActEndDate: '2026-07-15', Outcome: 1, AchDate: '2026-07-20' }, fam('ACT', 1, '2025-09-01', '2026-07-15'), 1],
    ['LSF on an achieved programme aim', { CompStatus: 2, LearnActEndDate: '2026-07-15', Outcome: 1, AchDate: '2026-07-20' }, fam('LSF', 1, '2025-09-01', '2026-07-15'), 1],
  ])('%s', (_n, fields, f, n) => {
    const found = famFindings(LearnDelFAMDateTo_02, { ...PROGRAMME, ...fields }, [f]);
    expect(found).toHaveLength(n);
    if (n) expect(found[0]).toMatchObject({ severity: 'warning', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateTo', related: [{ field: 'LearnPlanEndDate', value: '2026-06-30' }] });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnDelFAMDateTo_02RuleTests: Validate_Error (planned end 2016-01-01, date to 2017-01-01), Validate_NoErrors (no
  // date to); the achieved ACT programme aim is not excluded.
  it.each([
    ['Validate_Error', { LearnPlanEndDate: '2016-01-01' }, fam('LSF', 1, '2015-09-01', '2017-01-01'), 1],
    ['Validate_NoErrors', { LearnPlanEndDate: '2016-01-01' }, fam('LSF', 1, '2015-09-01'), 0],
    ['achieved ACT programme aim not excluded', { LearnPlanEndDate: '2021-06-30', CompStatus: 2, LearnActEndDate: '2021-07-15', Outcome: 1, AchDate: '2021-07-20' }, fam('ACT', 1, '2020-09-01', '2021-07-20'), 1],
  ])('%s', (_n, fields, f, n) => expect(famFindings(LearnDelFAMDateTo_02, { ...PROGRAMME, LearnStartDate: '2015-09-01', ...fields }, [f], '2021')).toHaveLength(n));
});
