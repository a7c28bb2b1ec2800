import { aimFindings } from './delivery-testing';
import { Outcome_11 } from './Outcome_11';

describe('Outcome_11: an Outcome needs an actual end date', () => {
  it.each([
    ['outcome, no end date', { Outcome: 3, LearnActEndDate: null }, 1],
    ['outcome and end date', { Outcome: 3, LearnActEndDate: '2026-06-10' }, 0],
    ['no outcome, no end date', { Outcome: null, LearnActEndDate: null }, 0],
    ['Skills Bootcamp excluded', { Outcome: 3, FundModel: 37, ProgType: 32 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(Outcome_11, fields)).toHaveLength(n));
});
