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
    ['ZZZZ 1 (a type of four letters: the incomplete list of types has only three-letter ones)', [['ZZZZ', 1]], ['1']],
    ['ZZZ 1: the list of types is incomplete, and ZZZ is of its form, so not called invalid', [['ZZZ', 1]], []],
    ['SOF 108: of the incomplete SOF list\'s form, so not called invalid', [['SOF', 108]], []],
    ['LDM 999: of the incomplete LDM list\'s form, so not called invalid', [['LDM', 999]], []],
    ['SOF ABC: letters where the incomplete SOF list has only numbers', [['SOF', 'ABC']], ['ABC']],
    ['LDM XYZ', [['LDM', 'XYZ']], ['XYZ']],
    ['LDM 1000: more digits than any LDM code', [['LDM', 1000]], ['1000']],
    ['DAM 0', [['DAM', 0]], ['0']],
    ['FFI 1 and ACT 9', [['FFI', 1], ['ACT', 9]], ['9']],
  ] as [string, [string, number | string][], string[]][])('%s', (_n, fams, bad) => {
    const f = findingsOf(LearnDelFAMType_04, '2526', aim('2025-09-01', fams));
    expect(f.map((x) => x.value)).toEqual(bad);
    for (const x of f) expect(x).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', aimSeqNumber: '1' });
  });

  it('says when the list is incomplete, and why the code cannot be in it', () => {
    const [f] = findingsOf(LearnDelFAMType_04, '2526', aim('2025-09-01', [['SOF', 'ABC']]));
    expect(f!.message).toMatch(/\(the product's SOF list is incomplete, so only codes that cannot be in it are reported: its codes are whole numbers\)$/);
    const [g] = findingsOf(LearnDelFAMType_04, '2526', aim('2025-09-01', [['ACT', 3]]));
    expect(g!.message).not.toMatch(/incomplete/);
  });
});
