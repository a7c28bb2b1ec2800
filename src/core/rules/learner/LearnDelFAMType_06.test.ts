import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { LearnDelFAMType_06 } from './LearnDelFAMType_06';

const aim = (start: string, fams: [string, string | number][], extra: RecordSpec = {}) =>
  learnerWith({}, [
    { LearnAimRef: 'ZPROG001', AimSeqNumber: 1, LearnStartDate: start, LearningDeliveryFAM: fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })), ...extra },
  ]);

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
