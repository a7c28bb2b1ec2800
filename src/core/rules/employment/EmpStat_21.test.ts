import type { RecordSpec } from '../../model/build';
import { aim, run, status } from './employment-testing';
import { EmpStat_21 } from './EmpStat_21';

const asf = (fields: RecordSpec = {}) => aim({ FundModel: 38, ...fields });

describe('EmpStat_21: Adult Skills Fund aims of learners 19+ need a status before the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['no status', [], [asf()], {}, 1],
    ['status the day before the start', [status(10, '2025-08-31')], [asf()], {}, 0],
    ['status on the start date only (not before)', [status(10, '2025-09-01')], [asf()], {}, 1],
    ['FundModel 35', [], [asf({ FundModel: 35 })], {}, 0],
    ['19 on 31 August 2025 (boundary)', [], [asf()], { DateOfBirth: '2006-08-31' }, 1],
    ['18 on 31 August 2025', [], [asf()], { DateOfBirth: '2006-09-01' }, 0],
    ['a July 2026 start: the age on 31 August 2025', [], [asf({ LearnStartDate: '2026-07-01' })], { DateOfBirth: '2006-09-01' }, 0],
    ['no date of birth', [], [asf()], { DateOfBirth: null }, 0],
  ])('%s', (_n, statuses, aims, learner, expected) => {
    const f = run(EmpStat_21, '2526', statuses, aims, learner);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });

  it('is not a 2020-21 rule', () => {
    expect(run(EmpStat_21, '2021', [], [asf({ LearnStartDate: '2020-09-01' })])).toEqual([]);
  });
});
