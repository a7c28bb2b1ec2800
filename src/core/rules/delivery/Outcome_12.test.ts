import { aimFindings } from './delivery-testing';
import { Outcome_12 } from './Outcome_12';

describe('Outcome_12: an actual end date needs an Outcome', () => {
  it.each([
    ['end date, no outcome', { CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: null }, 1],
    ['end date and outcome', { CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 8 }, 0],
    ['neither', { LearnActEndDate: null, Outcome: null }, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(Outcome_12, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'LearnActEndDate' });
  });
});
