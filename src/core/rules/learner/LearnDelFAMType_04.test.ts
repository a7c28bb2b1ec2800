import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { LearnDelFAMType_04 } from './LearnDelFAMType_04';

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
