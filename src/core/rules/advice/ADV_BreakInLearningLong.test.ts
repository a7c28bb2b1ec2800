import { findingsOf } from '../testing';
import { aim, learner } from '../destination/dp-fixtures';
import { ADV_BreakInLearningLong } from './ADV_BreakInLearningLong';

// On a break since 31 Jan 2025; six months later is 31 Jul 2025.
const onBreak = (o: Record<string, string | number | undefined> = {}) =>
  aim({ AimType: 1, LearnAimRef: 'ZPROG001', ProgType: 25, StdCode: 123, FundModel: 36, CompStatus: 6, LearnActEndDate: '2025-01-31', Outcome: undefined, ...o });
const restart = (o: Record<string, string | number | undefined> = {}) =>
  aim({ AimType: 1, LearnAimRef: 'ZPROG001', ProgType: 25, StdCode: 123, FundModel: 36, AimSeqNumber: 2, LearnStartDate: '2025-04-01', CompStatus: 1, LearnActEndDate: undefined, Outcome: undefined, ...o });

describe('ADV_BreakInLearningLong', () => {
  it.each([
    ['six months to the day', [onBreak()], '2025-07-31', {}, 0],
    ['the day after', [onBreak()], '2025-08-01', {}, 1],
    ['restarted', [onBreak(), restart()], '2025-09-01', {}, 0],
    ['restart on the day the break began', [onBreak(), restart({ LearnStartDate: '2025-01-31' })], '2025-09-01', {}, 0],
    ['"restart" starting before the break', [onBreak(), restart({ LearnStartDate: '2025-01-30' })], '2025-09-01', {}, 1],
    ['later aim on another standard', [onBreak(), restart({ StdCode: 456 })], '2025-09-01', {}, 1],
    ['later aim with another aim reference', [onBreak(), restart({ LearnAimRef: '60000001', AimType: 4 })], '2025-09-01', {}, 1],
    ['threshold of 9 months set: 8 months is fine', [onBreak()], '2025-09-30', { breakInLearningMonths: 9 }, 0],
    ['threshold of 3 months set', [onBreak()], '2025-05-01', { breakInLearningMonths: 3 }, 1],
    ['not a break', [onBreak({ CompStatus: 3 })], '2026-01-01', {}, 0],
  ])('%s', (_n, aims, asOf, settings, expected) => {
    const f = findingsOf(ADV_BreakInLearningLong, '2526', { Learner: [learner(aims)] }, { asOf, settings });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'ADV_BreakInLearningLong', severity: 'advice', field: 'CompStatus', value: '6', aimSeqNumber: '1' });
  });
});
