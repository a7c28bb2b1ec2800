import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_07 } from './ULN_07';

// file prepared 2026-02-01; an aim starting 2025-09-01 began 153 days before it
const old = { LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30' };

describe('ULN_07: temporary ULN, funded aim of 5+ days started more than 60 days before the file preparation date', () => {
  it.each([
    ['funded aim started 153 days before', TEMP, [aim({ ...old })], '2026-02-01', 1],
    ['a real ULN', VALID_ULN, [aim({ ...old })], '2026-02-01', 0],
    ['file prepared 31 December (before 1 January)', TEMP, [aim({ ...old })], '2025-12-31', 0],
    ['file prepared 1 January (boundary: fires)', TEMP, [aim({ ...old })], '2026-01-01', 1],
    ['exactly 60 days (boundary: does not fire)', TEMP, [aim({ LearnStartDate: '2025-12-03', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 0],
    ['61 days', TEMP, [aim({ LearnStartDate: '2025-12-02', LearnPlanEndDate: '2026-06-30' })], '2026-02-01', 1],
    ['FundModel 70 counts', TEMP, [aim({ ...old, FundModel: 70 })], '2026-02-01', 1],
    ['FundModel 10 does not', TEMP, [aim({ ...old, FundModel: 10 })], '2026-02-01', 0],
    ['short aim (4 days planned and actual)', TEMP, [aim({ LearnStartDate: '2025-09-01', LearnPlanEndDate: '2025-09-05', LearnActEndDate: '2025-09-05' })], '2026-02-01', 0],
    ['OLASS excluded', TEMP, [aim({ ...old }, [['LDM', '034']])], '2026-02-01', 0],
    ['excluded aim first, qualifying aim second: 2025-26 skips only the excluded one', TEMP, [aim({ ...old }, [['ACT', '1']]), aim({ ...old, AimSeqNumber: 2 })], '2026-02-01', 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    const f = findingsOf(ULN_07, '2526', ulnSpec(uln, aims, fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', field: 'ULN', value: TEMP });
  });

  it('names the first qualifying aim', () => {
    const f = findingsOf(ULN_07, '2526', ulnSpec(TEMP, [aim({ ...old }, [['LDM', '034']]), aim({ ...old, AimSeqNumber: 2 })]));
    expect(f[0]!.aimSeqNumber).toBe('2');
  });

  it('2020-21 follows ESFA: an excluded aim stops the scan', () => {
    const y21 = { LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };
    const excludedFirst = ulnSpec(TEMP, [aim({ ...y21 }, [['ACT', '1']]), aim({ ...y21, AimSeqNumber: 2 })], '2021-02-01');
    const excludedLast = ulnSpec(TEMP, [aim({ ...y21 }), aim({ ...y21, AimSeqNumber: 2 }, [['ACT', '1']])], '2021-02-01');
    expect(findingsOf(ULN_07, '2021', excludedFirst)).toHaveLength(0);
    expect(findingsOf(ULN_07, '2021', excludedLast)).toHaveLength(1);
  });
});
