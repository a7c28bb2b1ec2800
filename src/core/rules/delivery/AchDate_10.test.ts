import { esfaFindings, yearFindings } from './delivery-testing';
import { AchDate_10 } from './AchDate_10';
import { deliveryRules } from './index';

const trainee = { AimType: 1, FundModel: 35, ProgType: 24, CompStatus: 2, Outcome: 1, LearnActEndDate: '2021-01-31' };
const run = (fields: Record<string, string | number | null>, y = '2021') => yearFindings(AchDate_10, y, fields);

describe('AchDate_10 (2020-21 only): a traineeship is achieved within six months of its end', () => {
  it.each([
    ['achieved the day before six months', { ...trainee, AchDate: '2021-07-30' }, 0],
    ['achieved exactly six months after (31 Jan + 6 months = 31 Jul)', { ...trainee, AchDate: '2021-07-31' }, 0],
    ['achieved the day after six months', { ...trainee, LearnActEndDate: '2020-12-31', AchDate: '2021-07-01' }, 1],
    ['six months from 31 Aug is 28 Feb (the month is shortened)', { ...trainee, LearnActEndDate: '2020-08-31', AchDate: '2021-03-01' }, 1],
    ['six months from 31 Aug: 28 Feb itself is allowed', { ...trainee, LearnActEndDate: '2020-08-31', AchDate: '2021-02-28' }, 0],
    ['no actual end date', { ...trainee, LearnActEndDate: null, AchDate: '2021-07-01' }, 0],
    ['no Achievement date', { ...trainee }, 0],
    ['traineeship component aim', { ...trainee, AimType: 3, LearnActEndDate: '2020-09-30', AchDate: '2021-07-01' }, 0],
    ['apprenticeship standard programme aim', { ...trainee, FundModel: 36, ProgType: 25, LearnActEndDate: '2020-09-30', AchDate: '2021-07-01' }, 0],
  ])('%s', (_n, fields, n) => {
    const f = run(fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'AchDate_10', severity: 'error', entity: 'LearningDelivery', field: 'AchDate', aimSeqNumber: '1' });
  });

  it('is registered, and does not exist in 2025-26', () => {
    expect(deliveryRules).toContain(AchDate_10);
    expect(run({ ...trainee, LearnActEndDate: '2025-09-30', AchDate: '2026-07-01' }, '2526')).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From AchDate_10RuleTests. A test of one condition is a whole aim meeting the other: AchDateConditionMet tests on a
  // traineeship programme aim (AimType 1, ProgType 24), TraineeshipConditionMet tests with the AchDate of Validate_Error
  // (2019-01-01, ended 2016-01-01). ConditionMet_False_AchDate and _Traineeship share their inputs (AchDate on the end
  // date, ProgType 1); ConditionMet_True is left out (its mocks contradict its inputs).
  const trainee2021 = { AimType: 1, ProgType: 24 };
  const late = { AchDate: '2019-01-01', LearnActEndDate: '2016-01-01' };
  it.each([
    ['ConditionMet_False_AchDate, ConditionMet_False_Traineeship', { AchDate: '2017-01-01', LearnActEndDate: '2017-01-01', AimType: 1, ProgType: 1 }, 0],
    ['AchDateConditionMet_False_AchDateNull', { ...trainee2021, LearnActEndDate: '2017-01-01' }, 0],
    ['AchDateConditionMet_False_LearnActEndDateNull', { ...trainee2021, AchDate: '2017-01-01' }, 0],
    ['AchDateConditionMet_False (same day)', { ...trainee2021, AchDate: '2017-01-01', LearnActEndDate: '2017-01-01' }, 0],
    ['AchDateConditionMet_True (exactly six months: expects false)', { ...trainee2021, AchDate: '2017-07-01', LearnActEndDate: '2017-01-01' }, 0],
    ['TraineehipConditionMet_True (1, 24), Validate_Error', { ...trainee2021, ...late }, 1],
    ['TraineeshipConditionMet_False_AimType (2, 24)', { ...late, AimType: 2, ProgType: 24 }, 0],
    ['TraineeshipConditionMet_False_ProgType (1, 1)', { ...late, AimType: 1, ProgType: 1 }, 0],
    ['Validate_NoErrors', {}, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AchDate_10, fields)).toHaveLength(n));
});
