import { aimFindings, esfaFindings } from './delivery-testing';
import { LearnActEndDate_01 } from './LearnActEndDate_01';

describe('LearnActEndDate_01: the actual end date is not before the start date', () => {
  it.each([
    ['one day before the start', '2025-08-31', 1],
    ['on the start date', '2025-09-01', 0],
    ['one day after the start', '2025-09-02', 0],
    ['no end date', null, 0],
  ])('%s', (_n, end, n) => {
    const f = aimFindings(LearnActEndDate_01, { CompStatus: 2, LearnActEndDate: end });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'LearnActEndDate', value: end });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnActEndDate_01RuleTests (the rule is the same in 2020-21).
  it.each([
    ['ConditionMet_True, Validate_Error', { LearnStartDate: '2017-01-02', LearnActEndDate: '2017-01-01' }, 1],
    ['ConditionMet_False_Null', { LearnStartDate: '2017-01-01' }, 0],
    ['ConditionMet_False_Dates', { LearnStartDate: '2017-01-01', LearnActEndDate: '2017-01-02' }, 0],
    ['Validate_NoErrors', { LearnStartDate: '2017-01-02' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(LearnActEndDate_01, fields)).toHaveLength(n));
});
