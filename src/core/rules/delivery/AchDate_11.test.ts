import { addDays } from '../../model/dates';
import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { AchDate_11 } from './AchDate_11';

const standard = { AimType: 1, FundModel: 36, ProgType: 25, CompStatus: 2, LearnActEndDate: '2026-06-10', Outcome: 1 };
describe('AchDate_11: a standard is achieved at least 7 days after it ended', () => {
  it.each([
    ['6 days after', '2026-06-16', 1],
    ['7 days after', '2026-06-17', 0],
    ['8 days after', '2026-06-18', 0],
  ])('%s', (_n, ach, n) => expect(aimFindings(AchDate_11, { ...standard, AchDate: ach })).toHaveLength(n));
  it('ended before 1 August 2019: not checked; ended on it: checked; not a programme aim: not checked', () => {
    expect(aimFindings(AchDate_11, { ...standard, LearnActEndDate: '2019-07-31', AchDate: '2019-08-01' })).toHaveLength(0);
    expect(aimFindings(AchDate_11, { ...standard, LearnActEndDate: '2019-08-01', AchDate: '2019-08-02' })).toHaveLength(1);
    expect(aimFindings(AchDate_11, { ...standard, AimType: 3, AchDate: '2026-06-11' })).toHaveLength(0);
  });
});

describe('2020-21 variant: only aims that ended on or after the start of the collection year (1 August 2020)', () => {
  it.each([
    ['2526', 'ended 2020-07-31 (after 1 Aug 2019): checked in 2025-26', '2020-07-31', 1],
    ['2021', 'ended 2020-07-31 (before the 2020-21 year): not checked in 2020-21', '2020-07-31', 0],
    ['2021', 'ended 2019-08-01: not checked in 2020-21', '2019-08-01', 0],
    ['2021', 'ended 2020-08-01: checked', '2020-08-01', 1],
  ])('year %s: %s', (y, _n, end, n) => {
    const ach = addDays(end, 1);
    expect(yearFindings(AchDate_11, y, { ...standard, LearnActEndDate: end, AchDate: ach })).toHaveLength(n);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_11RuleTests. ESFA's tests mock the year start to 1 Aug 2019 (the service uses the collection year's
  // start); here the 2020-21 year's own start (1 Aug 2020) applies, so every date is moved one year later. A test of one
  // condition is a whole aim meeting the others (ConditionMet_Pass: AimType 1, FundModel 36, ProgType 25, ended
  // 2020-09-15, achieved 2020-09-05). Left out: the five ConditionMet_Fails rows, whose mocks contradict their inputs.
  const met = { AimType: 1, FundModel: 36, ProgType: 25, LearnActEndDate: '2020-09-15', AchDate: '2020-09-05' };
  it.each([
    ['ConditionMet_Pass, AimType/FundModel/ProgTypeConditionMet_Pass, AchDateCondition_Pass', met, 1],
    ['AimTypeConditionMet_Fails (2)', { ...met, AimType: 2 }, 0],
    ['FundModelConditionMet_Fails (81)', { ...met, FundModel: 81 }, 0],
    ['ProgTypeConditionMet_Fails (24)', { ...met, ProgType: 24 }, 0],
    ['LearnActEndDate_Pass_AsGreaterThanFirstAug…, Validate_Error (ended 09-01, achieved 08-20)', { ...met, LearnActEndDate: '2020-09-01', AchDate: '2020-08-20' }, 1],
    ['LearnActEndDate_Pass_AsEqualsToFirstAug… (ended on the year start)', { ...met, LearnActEndDate: '2020-08-01', AchDate: '2020-08-01' }, 1],
    ['LearnActEndDate_Fails_AsLessThanFirstAug… (ended 07-01)', { ...met, LearnActEndDate: '2020-07-01', AchDate: '2020-07-01' }, 0],
    ['LearnActEndDate_Fails_AslearnActDateNull', { ...met, LearnActEndDate: null }, 0],
    ['AchDateCondition_Fails (achieved 10-08, ended 09-15)', { ...met, AchDate: '2020-10-08' }, 0],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_11, fields)).toHaveLength(n));
});
