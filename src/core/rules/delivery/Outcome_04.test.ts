import { aimFindings } from './delivery-testing';
import { Outcome_04 } from './Outcome_04';

describe('Outcome_04: an Achievement date only with Outcome 1', () => {
  it.each([
    ['achieved with AchDate', { Outcome: 1, AchDate: '2026-06-20' }, 0],
    ['not achieved with AchDate', { Outcome: 3, AchDate: '2026-06-20' }, 1],
    ['outcome not known with AchDate', { Outcome: 8, AchDate: '2026-06-20' }, 1],
    ['not achieved without AchDate', { Outcome: 3 }, 0],
    ['apprenticeship standard excluded', { Outcome: 8, AchDate: '2026-06-20', FundModel: 36, ProgType: 25 }, 0],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(Outcome_04, { CompStatus: 2, LearnActEndDate: '2026-06-10', ...fields })).toHaveLength(n);
  });
});
