import { aimFindings, esfaFindings } from './delivery-testing';
import { AchDate_07 } from './AchDate_07';

describe('AchDate_07: the Achievement date is not after the file preparation date', () => {
  it.each([['2026-03-02', 1], ['2026-03-01', 0], ['2026-02-28', 0]])('AchDate %s (prepared 2026-03-01) → %s', (ach, n) =>
    expect(aimFindings(AchDate_07, { AchDate: ach }, '2526', '2026-03-01')).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_07RuleTests: the file preparation date ESFA mocks is the header's.
  it.each([
    ['ConditionMet_True, Validate_Error', { AchDate: '2019-01-01' }, '2018-01-01', 1],
    ['ConditionMet_False', { AchDate: '2017-01-01' }, '2020-01-01', 0],
    ['ConditionMet_False_Null', {}, '2018-01-01', 0],
    ['Validate_NoErrors', {}, '2021-07-31', 0],
  ])('%s', (_n, fields, prepared, n) => expect(esfaFindings(AchDate_07, fields, prepared)).toHaveLength(n));
});
