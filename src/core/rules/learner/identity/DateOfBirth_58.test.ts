import { addDays } from '../../../model/dates';
import { DateOfBirth_58 } from './DateOfBirth_58';
import { aim, learnerFindings } from './identity-testing';

const START = '2025-09-01';
const done = (days: number, fields: Record<string, string | number> = {}, fams: [string, string][] = []) =>
  aim(
    { FundModel: 36, ProgType: 25, AimType: 1, StdCode: 1, LearnStartDate: START, LearnPlanEndDate: addDays(START, 300), LearnActEndDate: addDays(START, days), CompStatus: 2, Outcome: 1, ...fields },
    fams,
  );

describe('DateOfBirth_58: completed apprenticeship standards from August 2025 lasted 242 days or more', () => {
  it.each([
    ['lasted 241 days', done(241), 1],
    ['lasted 242 days', done(242), 0],
    ['lasted 243 days', done(243), 0],
    ['started 1 August 2025', done(0, { LearnStartDate: '2025-08-01', LearnActEndDate: '2026-03-30' }), 1],
    ['started 31 July 2025 (DateOfBirth_47\'s)', done(0, { LearnStartDate: '2025-07-31', LearnActEndDate: '2026-03-29' }), 0],
    ['not completed (CompStatus 1)', done(100, { CompStatus: 1 }), 0],
    ['FundModel 81', done(100, { FundModel: 81 }), 0],
    ['component aim', done(100, { AimType: 3 }), 0],
    ['restart (RES) excluded', done(100, {}, [['RES', '1']]), 0],
  ])('%s', (_n, a, n) => {
    const f = learnerFindings(DateOfBirth_58, { DateOfBirth: '2000-01-01' }, [a]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDelivery', field: 'LearnActEndDate' });
  });

  it('does not need a DateOfBirth', () => {
    expect(learnerFindings(DateOfBirth_58, { DateOfBirth: null }, [done(100)])).toHaveLength(1);
  });
});
