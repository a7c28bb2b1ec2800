import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { LearnDelFAMType_04 } from './LearnDelFAMType_04';
import { LearnDelFAMType_06 } from './LearnDelFAMType_06';
import { AFinType_02 } from './AFinType_02';

const aim = (start: string, fams: [string, string | number][], extra: RecordSpec = {}) =>
  learnerWith({}, [
    { LearnAimRef: 'ZPROG001', AimSeqNumber: 1, LearnStartDate: start, LearningDeliveryFAM: fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })), ...extra },
  ]);

describe('LearnDelFAMType_04: each delivery FAM code must be valid for its type', () => {
  it.each([
    ['ACT 1', [['ACT', 1]], []],
    ['ACT 3 (not an ACT code)', [['ACT', 3]], ['3']],
    ['ZZZ 1 (an unknown type)', [['ZZZ', 1]], ['1']],
    ['SOF 108: not in the product\'s truncated SOF list, so not called invalid', [['SOF', 108]], []],
    ['LDM 999: the LDM list is partial, so not called invalid', [['LDM', 999]], []],
    ['FFI 1 and ACT 9', [['FFI', 1], ['ACT', 9]], ['9']],
  ] as [string, [string, number][], string[]][])('%s', (_n, fams, bad) => {
    const f = findingsOf(LearnDelFAMType_04, '2526', aim('2025-09-01', fams));
    expect(f.map((x) => x.value)).toEqual(bad);
    for (const x of f) expect(x).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', aimSeqNumber: '1' });
  });
});

describe('LearnDelFAMType_06: the start date must not be after the FAM code\'s valid-to date', () => {
  it.each([
    ['SOF 117 (valid to 2024-07-31), start 2024-07-31 (boundary)', '2024-07-31', [['SOF', 117]], 0],
    ['SOF 117, start 2024-08-01', '2024-08-01', [['SOF', 117]], 1],
    ['SOF 117, start 2024-08-01, restart (RES 1): excluded', '2024-08-01', [['SOF', 117], ['RES', 1]], 0],
    ['SOF 105 (open-ended)', '2025-09-01', [['SOF', 105]], 0],
  ] as [string, string, [string, number][], number][])('%s', (_n, start, fams, expected) => {
    expect(findingsOf(LearnDelFAMType_06, '2526', aim(start, fams))).toHaveLength(expected);
  });
});

describe('AFinType_02: the financial code must be valid for its type', () => {
  it.each([
    ['TNP 1', 'TNP', 1, false],
    ['TNP 5', 'TNP', 5, true],
    ['PMR 3', 'PMR', 3, false],
    ['XYZ 1 (unknown type)', 'XYZ', 1, true],
  ])('%s', (_n, type, code, fires) => {
    const f = findingsOf(AFinType_02, '2526', aim('2025-09-01', [], { AppFinRecord: [{ AFinType: type, AFinCode: code, AFinDate: '2025-09-01', AFinAmount: 100 }] }));
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinCode' });
  });
});
