import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { AFinType_02 } from './AFinType_02';

const aim = (start: string, fams: [string, string | number][], extra: RecordSpec = {}) =>
  learnerWith({}, [
    { LearnAimRef: 'ZPROG001', AimSeqNumber: 1, LearnStartDate: start, LearningDeliveryFAM: fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })), ...extra },
  ]);

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
