import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_11 } from './ULN_11';

const ofs = (fields: Record<string, string | number>, extra: [string, string][] = []) => aim({ FundModel: 99, ...fields }, [['SOF', '1'], ...extra]);
const old = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30' };

describe('ULN_11: temporary ULN, OfS-funded aim of 5+ days started more than 60 days before the file preparation date', () => {
  it.each([
    ['OfS aim 153 days in', TEMP, [ofs(old)], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [ofs(old)], '2026-02-01', 0],
    ['before 1 January', TEMP, [ofs(old)], '2025-12-31', 0],
    ['exactly 60 days (boundary: does not fire)', TEMP, [ofs({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['planned 4 days but actual 10 days: 2025-26 "planned or actual"', TEMP, [ofs({ LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-05', LearnActEndDate: '2025-09-11' })], '2026-02-01', 1],
    ['OLASS aim excluded', TEMP, [ofs(old, [['LDM', '034']])], '2026-02-01', 0],
    ['OLASS on another aim does not exclude this one in 2025-26', TEMP, [ofs(old), aim({ AimSeqNumber: 2, ...old }, [['LDM', '034']])], '2026-02-01', 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    const f = findingsOf(ULN_11, '2526', ulnSpec(uln, aims, fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error' });
  });

  it('2020-21 follows ESFA: any OLASS aim excludes the learner; a short actual duration makes the aim short', () => {
    const y = { LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };
    expect(findingsOf(ULN_11, '2021', ulnSpec(TEMP, [ofs(y)], '2021-02-01'))).toHaveLength(1);
    expect(findingsOf(ULN_11, '2021', ulnSpec(TEMP, [ofs(y), aim({ AimSeqNumber: 2, ...y }, [['LDM', '034']])], '2021-02-01'))).toHaveLength(0);
    expect(findingsOf(ULN_11, '2021', ulnSpec(TEMP, [ofs({ ...y, LearnActEndDate: '2020-09-03' })], '2021-02-01'))).toHaveLength(0);
  });
});
