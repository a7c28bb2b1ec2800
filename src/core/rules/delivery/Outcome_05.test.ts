import { aimFindings } from './delivery-testing';
import { Outcome_05 } from './Outcome_05';

describe('Outcome_05: an achieved aim has an actual end date', () => {
  it.each([
    ['achieved without an end date', { CompStatus: 2, Outcome: 1, LearnActEndDate: null }, 1],
    ['achieved with an end date', { CompStatus: 2, Outcome: 1, LearnActEndDate: '2026-06-10' }, 0],
    ['not achieved without an end date', { CompStatus: 2, Outcome: 3, LearnActEndDate: null }, 0],
    ['Skills Bootcamp excluded', { CompStatus: 2, Outcome: 1, LearnActEndDate: null, FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(Outcome_05, fields)).toHaveLength(n);
  });
});
