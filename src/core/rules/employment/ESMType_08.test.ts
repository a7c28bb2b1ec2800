import type { RecordSpec } from '../../model/build';
import { aim, type Esm, run, status } from './employment-testing';
import { ESMType_08 } from './ESMType_08';

describe('ESMType_08: looking for work from 1 August 2012 needs a length of unemployment', () => {
  it.each<[string, number, string, Esm[], RecordSpec[], number]>([
    ['EmpStat 11, no LOU', 11, '2025-08-01', [['BSI', 1]], [aim()], 1],
    ['EmpStat 11 with LOU', 11, '2025-08-01', [['LOU', 4]], [aim()], 0],
    ['EmpStat 12 (not looking), no LOU', 12, '2025-08-01', [], [aim()], 0],
    ['applies 31 July 2012 (before)', 11, '2012-07-31', [], [aim()], 0],
    ['applies 1 August 2012 (boundary)', 11, '2012-08-01', [], [aim()], 1],
    ['learner with a 16-19 aim (FundModel 25) excluded', 11, '2025-08-01', [], [aim({ FundModel: 25 })], 0],
    ['learner with a FundModel 82 aim excluded', 11, '2025-08-01', [], [aim({ FundModel: 82 })], 0],
    ['learner with a Skills Bootcamp aim (FundModel 37) excluded', 11, '2025-08-01', [], [aim({ FundModel: 37, ProgType: 32 })], 0],
    ['FundModel 38 aim', 11, '2025-08-01', [], [aim({ FundModel: 38 })], 1],
  ])('%s', (_n, emp, d, esm, aims, expected) => {
    const f = run(ESMType_08, '2526', [status(emp, d, esm)], aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'EmpStat', value: '11' });
  });
});

describe('2020-21 (the same check)', () => {
  it.each<[string, RecordSpec[], number]>([
    ['adult skills learner', [aim({ FundModel: 35, LearnStartDate: '2020-09-01' })], 1],
    ['16-19 learner excluded', [aim({ FundModel: 25, LearnStartDate: '2020-09-01' })], 0],
  ])('%s', (_n, aims, expected) => {
    expect(run(ESMType_08, '2021', [status(11, '2020-08-01')], aims)).toHaveLength(expected);
  });
});
