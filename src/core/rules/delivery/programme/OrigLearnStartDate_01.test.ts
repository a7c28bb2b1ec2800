import { aimFindings, esfaFindings } from '../delivery-testing';
import { OrigLearnStartDate_01 } from './OrigLearnStartDate_01';

describe('OrigLearnStartDate_01: not more than 10 years before the start (start 1 September 2025)', () => {
  it.each([
    ['31 August 2015', { OrigLearnStartDate: '2015-08-31' }, 1],
    ['1 September 2015 (exactly 10 years)', { OrigLearnStartDate: '2015-09-01' }, 0],
    ['2 September 2015', { OrigLearnStartDate: '2015-09-02' }, 0],
    ['not returned', {}, 0],
    ['FundModel 25 (no fund model condition in 2025-26)', { FundModel: 25, OrigLearnStartDate: '2015-08-31' }, 1],
  ])('%s', (_n, fields, n) => expect(aimFindings(OrigLearnStartDate_01, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // OrigLearnStartDate_01RuleTests: LearnStartDate 2019-08-01, so the limit is 2009-08-01.
  const start = { LearnStartDate: '2019-08-01' };
  it.each([
    ['ConditionMet_True (35, 2008-10-09)', { ...start, FundModel: 35, OrigLearnStartDate: '2008-10-09' }, 1],
    ['ConditionMet_True (36, 2008-09-10)', { ...start, FundModel: 36, OrigLearnStartDate: '2008-09-10' }, 1],
    ['ConditionMet_True (81, 2008-10-09)', { ...start, FundModel: 81, OrigLearnStartDate: '2008-10-09' }, 1],
    ['ConditionMet_True (99, 2000-10-10)', { ...start, FundModel: 99, OrigLearnStartDate: '2000-10-10' }, 1],
    ['ConditionMet_FundModel_False (25)', { ...start, FundModel: 25, OrigLearnStartDate: '2008-10-09' }, 0],
    ['ConditionMet_Startdate_False (2009-10-10)', { ...start, FundModel: 35, OrigLearnStartDate: '2009-10-10' }, 0],
    ['ValidateNoError (2009-08-01)', { ...start, FundModel: 35, OrigLearnStartDate: '2009-08-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(OrigLearnStartDate_01, fields)).toHaveLength(n));
});
