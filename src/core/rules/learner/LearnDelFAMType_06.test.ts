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

const aim2021 = (start: string, fams: [string, string | number][]) =>
  learnerWith({}, [{ LearnAimRef: 'ZPROG001', AimSeqNumber: 1, LearnStartDate: start, LearningDeliveryFAM: fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })) }]);

describe('the years differ: ESFA 2020-21 asks whether the code is current', () => {
  it.each([
    ['2021: ACT 9 (not in the list) is reported', '2021', '2020-09-01', [['ACT', 9]], 1],
    ['2526: ACT 9 is LearnDelFAMType_04\'s to report', '2526', '2025-09-01', [['ACT', 9]], 0],
    ['2021: ACT 9 on a restart with a RES code other than 1: skipped', '2021', '2020-09-01', [['ACT', 9], ['RES', 2]], 0],
    ['2021: ACT 1 (in the list)', '2021', '2020-09-01', [['ACT', 1]], 0],
  ] as [string, string, string, [string, number][], number][])('%s', (_n, year, start, fams, expected) => {
    expect(findingsOf(LearnDelFAMType_06, year, aim2021(start, fams))).toHaveLength(expected);
  });
});
