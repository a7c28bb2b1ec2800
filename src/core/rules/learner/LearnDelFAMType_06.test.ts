import { findingsOf, learnerWith } from '../testing';
import { LearnDelFAMType_06 } from './LearnDelFAMType_06';

const aim = (start: string, fams: [string, string | number][]) =>
  learnerWith({}, [{ LearnAimRef: 'ZPROG001', AimSeqNumber: 1, LearnStartDate: start, LearningDeliveryFAM: fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })) }]);

describe('the years differ: ESFA 2020-21 asks whether the code is current', () => {
  it.each([
    ['2021: ACT 9 (not in the list) is reported', '2021', '2020-09-01', [['ACT', 9]], 1],
    ['2526: ACT 9 is LearnDelFAMType_04\'s to report', '2526', '2025-09-01', [['ACT', 9]], 0],
    ['2021: ACT 9 on a restart with a RES code other than 1: skipped', '2021', '2020-09-01', [['ACT', 9], ['RES', 2]], 0],
    ['2021: ACT 1 (in the list)', '2021', '2020-09-01', [['ACT', 1]], 0],
  ] as [string, string, string, [string, number][], number][])('%s', (_n, year, start, fams, expected) => {
    expect(findingsOf(LearnDelFAMType_06, year, aim(start, fams))).toHaveLength(expected);
  });
});
