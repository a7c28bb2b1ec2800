import { aimFindings, esfaFindings } from '../delivery-testing';
import { OrigLearnStartDate_02 } from './OrigLearnStartDate_02';

describe('OrigLearnStartDate_02: before the start (1 September 2025)', () => {
  it.each([
    ['the day before', { OrigLearnStartDate: '2025-08-31' }, 0],
    ['on the start date', { OrigLearnStartDate: '2025-09-01' }, 1],
    ['the day after', { OrigLearnStartDate: '2025-09-02' }, 1],
    ['not returned', {}, 0],
    ['FundModel 25 (no fund model condition in 2025-26)', { FundModel: 25, OrigLearnStartDate: '2025-09-01' }, 1],
  ])('%s', (_n, fields, n) => expect(aimFindings(OrigLearnStartDate_02, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // HasQualifyingDatesMeetsExpectation (start, original): 2018-04-20/2018-04-18 and 2018-04-19/2018-04-18 valid,
  // 2018-04-18/2018-04-18 and 2018-04-17/2018-04-18 not; FundModelConditionMet: 35, 36, 81, 99 yes; 25, 10 no.
  it.each([
    ['2018-04-20 / 2018-04-18', { FundModel: 35, LearnStartDate: '2018-04-20', OrigLearnStartDate: '2018-04-18' }, 0],
    ['2018-04-19 / 2018-04-18', { FundModel: 35, LearnStartDate: '2018-04-19', OrigLearnStartDate: '2018-04-18' }, 0],
    ['2018-04-18 / 2018-04-18', { FundModel: 35, LearnStartDate: '2018-04-18', OrigLearnStartDate: '2018-04-18' }, 1],
    ['2018-04-17 / 2018-04-18', { FundModel: 99, LearnStartDate: '2018-04-17', OrigLearnStartDate: '2018-04-18' }, 1],
    ['FundModelConditionMet_False (25)', { FundModel: 25, LearnStartDate: '2018-04-18', OrigLearnStartDate: '2018-04-18' }, 0],
    ['FundModelConditionMet_False (10)', { FundModel: 10, LearnStartDate: '2018-04-18', OrigLearnStartDate: '2018-04-18' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(OrigLearnStartDate_02, fields)).toHaveLength(n));
});
