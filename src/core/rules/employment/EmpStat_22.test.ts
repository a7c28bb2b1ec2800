import type { RecordSpec } from '../../model/build';
import { aim, run, status } from './employment-testing';
import { EmpStat_22 } from './EmpStat_22';

const tailored = (fields: RecordSpec = {}) => aim({ FundModel: 11, ...fields });

describe('EmpStat_22: Tailored Learning aims need a status that applies on the start date', () => {
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['no status', [], [tailored()], {}, 1],
    ['status after the start only', [status(12, '2025-09-02')], [tailored()], {}, 1],
    ['status on the start date', [status(12, '2025-09-01')], [tailored()], {}, 0],
    ['status before the start', [status(12, '2025-08-01')], [tailored()], {}, 0],
    ['FundModel 10 (community learning)', [], [tailored({ FundModel: 10 })], {}, 0],
    ['no age condition: 17 years old', [], [tailored()], { DateOfBirth: '2008-01-01' }, 1],
  ])('%s', (_n, statuses, aims, learner, expected) => {
    const f = run(EmpStat_22, '2526', statuses, aims, learner);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });

  it('is not a 2020-21 rule', () => {
    expect(run(EmpStat_22, '2021', [], [tailored({ LearnStartDate: '2020-09-01' })])).toEqual([]);
  });
});
