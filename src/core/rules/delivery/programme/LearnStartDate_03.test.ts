import { aimFindings, esfaFindings } from '../delivery-testing';
import { LearnStartDate_03 } from './LearnStartDate_03';

describe('LearnStartDate_03: not after the end of the year (31 July 2026)', () => {
  it.each([
    ['30 July 2026', { LearnStartDate: '2026-07-30' }, 0],
    ['31 July 2026', { LearnStartDate: '2026-07-31' }, 0],
    ['1 August 2026', { LearnStartDate: '2026-08-01' }, 1],
    ['2 August 2026', { LearnStartDate: '2026-08-02' }, 1],
    ['1 August 2026, FundModel 36', { LearnStartDate: '2026-08-01', FundModel: 36 }, 0],
    ['1 August 2026, FundModel 37', { LearnStartDate: '2026-08-01', FundModel: 37 }, 0],
    ['1 August 2026, T Level', { LearnStartDate: '2026-08-01', FundModel: 25, ProgType: 31, AimType: 3 }, 0],
    ['1 August 2026, standard on FundModel 99 (no exclusion)', { LearnStartDate: '2026-08-01', FundModel: 99, ProgType: 25, AimType: 3 }, 1],
  ])('%s', (_n, fields, n) => expect(aimFindings(LearnStartDate_03, fields, '2526', '2026-08-15')).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnStartDate_03RuleTests: a start after the year's end fires unless DD07 or ProgType 24 (year end 31 July 2021 here).
  it.each([
    ['ConditionMet_True (no ProgType)', { LearnStartDate: '2021-10-01' }, 1],
    ['ConditionMet_FalseLearnStartDate', { LearnStartDate: '2021-07-31' }, 0],
    ['DD07ConditionMet_FalseProgType (24)', { LearnStartDate: '2021-10-01', ProgType: 24 }, 0],
    ['DD07ConditionMet_FalseDD07 (ProgType 2)', { LearnStartDate: '2021-10-01', ProgType: 2 }, 0],
    ['FundModel 37 is not excluded in 2020-21', { LearnStartDate: '2021-10-01', FundModel: 37 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(LearnStartDate_03, fields)).toHaveLength(n));
});
