import { findingsOf } from '../testing';
import { aim, learner } from '../destination/dp-fixtures';
import { ADV_OutcomeNotKnownLong } from './ADV_OutcomeNotKnownLong';

// Ended 31 Mar 2025; three months later is 30 Jun 2025 (clamped).
const pending = (o: Record<string, string | number | undefined> = {}) => aim({ CompStatus: 2, Outcome: 8, LearnActEndDate: '2025-03-31', ...o });

describe('ADV_OutcomeNotKnownLong', () => {
  it.each([
    ['three months to the day', pending(), '2025-06-30', {}, 0],
    ['the day after', pending(), '2025-07-01', {}, 1],
    ['outcome known', pending({ Outcome: 1 }), '2025-12-01', {}, 0],
    ['withdrawn (not completed)', pending({ CompStatus: 3 }), '2025-12-01', {}, 0],
    ['one month set', pending(), '2025-05-01', { outcomeUnknownMonths: 1 }, 1],
    ['no end date', pending({ LearnActEndDate: undefined }), '2025-12-01', {}, 0],
  ])('%s', (_n, a, asOf, settings, expected) => {
    const f = findingsOf(ADV_OutcomeNotKnownLong, '2526', { Learner: [learner([a])] }, { asOf, settings });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'ADV_OutcomeNotKnownLong', severity: 'advice', field: 'Outcome', value: '8' });
  });
});
