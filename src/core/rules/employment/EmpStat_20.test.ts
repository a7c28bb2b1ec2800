import type { RecordSpec } from '../../model/build';
import { aim, run, status } from './employment-testing';
import { EmpStat_20 } from './EmpStat_20';

const low = (fields: RecordSpec = {}) => aim({ FundModel: 38, ...fields }, [['LDM', '363']]);

describe('EmpStat_20: low-wage aims need the learner employed at the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['unemployed at the start', [status(11, '2025-08-01')], [low()], 1],
    ['employed at the start', [status(10, '2025-08-01')], [low()], 0],
    ['employed from the start date', [status(11, '2025-01-01'), status(10, '2025-09-01')], [low()], 0],
    ['employed only after the start', [status(11, '2025-01-01'), status(10, '2025-09-02')], [low()], 1],
    ['no status in force at the start', [status(10, '2025-09-02')], [low()], 1],
    ['no LDM 363', [status(11, '2025-08-01')], [aim({ FundModel: 38 }, [['LDM', '364']])], 0],
    ['two low-wage aims: two findings', [status(11, '2025-08-01')], [low(), low({ AimSeqNumber: 2 })], 2],
  ])('%s', (_n, statuses, aims, expected) => {
    expect(run(EmpStat_20, '2526', statuses, aims)).toHaveLength(expected);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const a = (fields: RecordSpec = {}) => low({ FundModel: 35, LearnStartDate: '2018-08-01', ...fields });
  it.each<[string, RecordSpec[], number]>([
    ['Validate_Error: EmpStat 11 from 2018-08-01, LDM 363 from 2018-08-01', [status(11, '2018-08-01')], 1],
    ['employed at the start', [status(10, '2018-08-01')], 0],
  ])('%s', (_n, statuses, expected) => {
    expect(run(EmpStat_20, '2021', statuses, [a()])).toHaveLength(expected);
  });

  it('the years differ: one finding per learner in 2020-21', () => {
    expect(run(EmpStat_20, '2021', [status(11, '2018-08-01')], [a(), a({ AimSeqNumber: 2 })])).toHaveLength(1);
  });
});
