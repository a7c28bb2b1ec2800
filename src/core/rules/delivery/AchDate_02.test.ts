import { aimFindings, esfaFindings } from './delivery-testing';
import { AchDate_02 } from './AchDate_02';

describe('AchDate_02: the Achievement date is within the collection year', () => {
  it.each([['2526', '2026-07-31', 0], ['2526', '2026-08-01', 1], ['2021', '2021-07-31', 0], ['2021', '2021-08-01', 1]])('year %s, AchDate %s → %s', (y, ach, n) =>
    expect(aimFindings(AchDate_02, { AchDate: ach }, y, y === '2021' ? '2021-07-31' : '2026-07-31')).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_02RuleTests. ESFA mocks the year end (1 Sep 2018); the 2020-21 year's own end (31 Jul 2021) stands in
  // for it, the AchDate after it (2019-01-01) moved to the same distance after 31 Jul 2021.
  it.each([
    ['ConditionMet_True, Validate_Error: AchDate after the year end', { AchDate: '2021-11-30' }, 1],
    ['ConditionMet_False: AchDate 2017-01-01', { AchDate: '2017-01-01' }, 0],
    ['ConditionMet_False_Null, Validate_NoErrors: no AchDate', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_02, fields)).toHaveLength(n));
});
