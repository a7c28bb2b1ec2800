import { aimFindings, esfaFindings } from './delivery-testing';
import { LearnActEndDate_04 } from './LearnActEndDate_04';

describe('LearnActEndDate_04: the actual end date is not after the file preparation date', () => {
  it.each([
    ['a day after the file was prepared', '2026-03-02', 1],
    ['on the preparation date', '2026-03-01', 0],
    ['a day before', '2026-02-28', 0],
  ])('%s', (_n, end, n) => {
    expect(aimFindings(LearnActEndDate_04, { CompStatus: 2, LearnActEndDate: end }, '2526', '2026-03-01')).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnActEndDate_04RuleTests (the rule is the same in 2020-21): the file preparation date ESFA mocks is the header's.
  it.each([
    ['ConditionMet_True, Validate_Error', { LearnActEndDate: '2017-01-02' }, '2017-01-01', 1],
    ['ConditionMet_False_Null, Validate_NoErrors', {}, '2017-01-01', 0],
    ['ConditionMet_False_Dates', { LearnActEndDate: '2017-01-01' }, '2017-01-02', 0],
  ])('%s', (_n, fields, prepared, n) => expect(esfaFindings(LearnActEndDate_04, fields, prepared)).toHaveLength(n));
});
