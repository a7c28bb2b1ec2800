import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_06 } from './ULN_06';

// file prepared 2026-02-01; an aim starting 2026-01-15 began 17 days before it
const recent = { LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-06-30' };

describe('ULN_06: temporary ULN, funded aim of 5+ days started 60 days or less before the file preparation date', () => {
  it.each([
    ['funded aim, 17 days in', TEMP, [aim({ ...recent })], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [aim({ ...recent })], '2026-02-01', 0],
    ['file prepared before 1 January', TEMP, [aim({ LearnStartDate: '2025-11-15', LearnPlanEndDate: '2026-06-30' })], '2025-12-31', 0],
    ['exactly 60 days (boundary: fires)', TEMP, [aim({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 1],
    ['61 days (ULN_07 territory)', TEMP, [aim({ LearnStartDate: '2025-12-02', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['planned 4 days, no actual end', TEMP, [aim({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-19' })], '2026-02-01', 0],
    ['planned 4 days but actual 5 days', TEMP, [aim({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-19', LearnActEndDate: '2026-01-20' })], '2026-02-01', 1],
    ['planned exactly 5 days (boundary: fires)', TEMP, [aim({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-20' })], '2026-02-01', 1],
    ['FundModel 99 with ADL 1', TEMP, [aim({ ...recent, FundModel: 99 }, [['ADL', '1']])], '2026-02-01', 1],
    ['FundModel 99 without ADL', TEMP, [aim({ ...recent, FundModel: 99 })], '2026-02-01', 0],
    ['FundModel 70 is not in the 2025-26 list', TEMP, [aim({ ...recent, FundModel: 70 })], '2026-02-01', 0],
    ['OLASS (LDM 034) excluded', TEMP, [aim({ ...recent }, [['LDM', '034']])], '2026-02-01', 0],
    ['LDM typed as 34 is still OLASS', TEMP, [aim({ ...recent }, [['LDM', '34']])], '2026-02-01', 0],
    ['levy apprenticeship (ACT 1) excluded', TEMP, [aim({ ...recent, FundModel: 36 }, [['ACT', '1']])], '2026-02-01', 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    const f = findingsOf(ULN_06, '2526', ulnSpec(uln, aims, fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'warning', field: 'ULN' });
  });

  it('2020-21 follows ESFA: FundModel 70 counts', () => {
    const spec = ulnSpec(TEMP, [aim({ FundModel: 70, LearnStartDate: '2021-01-15', LearnPlanEndDate: '2021-06-30' })], '2021-02-01');
    expect(findingsOf(ULN_06, '2021', spec)).toHaveLength(1);
  });
});
