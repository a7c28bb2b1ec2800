import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_10 } from './ULN_10';

const ofs = (fields: Record<string, string>, extra: [string, string][] = []) => aim({ FundModel: 99, ...fields }, [['SOF', '1'], ...extra]);
const recent = { LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-06-30' };

describe('ULN_10: temporary ULN, OfS-funded aim of 5+ days started 60 days or less before the file preparation date', () => {
  it.each([
    ['OfS aim 17 days in', TEMP, [ofs(recent)], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [ofs(recent)], '2026-02-01', 0],
    ['before 1 January', TEMP, [ofs({ LearnStartDate: '2025-12-01', LearnPlanEndDate: '2026-06-30' })], '2025-12-31', 0],
    ['exactly 60 days (boundary: fires)', TEMP, [ofs({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 1],
    ['61 days (ULN_11 territory)', TEMP, [ofs({ LearnStartDate: '2025-12-02', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['not OfS (no SOF 1)', TEMP, [aim({ FundModel: 99, ...recent })], '2026-02-01', 0],
    ['SOF 1 but FundModel 35', TEMP, [aim({ FundModel: 35, ...recent }, [['SOF', '1']])], '2026-02-01', 0],
    ['short aim (4 days)', TEMP, [ofs({ LearnStartDate: '2026-01-15', LearnPlanEndDate: '2026-01-19' })], '2026-02-01', 0],
    ['OLASS excluded', TEMP, [ofs(recent, [['LDM', '034']])], '2026-02-01', 0],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_10, '2526', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });

  it('2020-21 follows ESFA: more than 60 days', () => {
    const at = (start: string) => ulnSpec(TEMP, [ofs({ LearnStartDate: start, LearnPlanEndDate: '2021-06-30' })], '2021-02-01');
    expect(findingsOf(ULN_10, '2021', at('2020-09-01'))).toHaveLength(1);
    expect(findingsOf(ULN_10, '2021', at('2021-01-15'))).toHaveLength(0);
  });
});
