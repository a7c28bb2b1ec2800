import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpStat_08 } from './EmpStat_08';

const adult = (fields: RecordSpec = {}, fams: [string, string][] = []) => aim({ FundModel: 38, ...fields }, fams);
const a35 = (fields: RecordSpec = {}, fams: [string, string][] = []) => adult({ FundModel: 35, ...fields }, fams);

describe('EmpStat_08: adult aims from 1 August 2014 need a status before the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['FundModel 35, no status', [], [a35()], {}, 1],
    ['FundModel 35, status before the start', [status(10, '2025-08-31')], [a35()], {}, 0],
    ['FundModel 35, status on the start date (not before)', [status(10, '2025-09-01')], [a35()], {}, 1],
    ['FundModel 37', [], [adult({ FundModel: 37, ProgType: 32 })], {}, 1],
    ['FundModel 81', [], [adult({ FundModel: 81 })], {}, 1],
    ['FundModel 99', [], [adult({ FundModel: 99 })], {}, 1],
    ['FundModel 38 (EmpStat_21\'s)', [], [adult()], {}, 0],
    ['FundModel 25', [], [adult({ FundModel: 25 })], {}, 0],
    ['started 31 July 2014', [], [a35({ LearnStartDate: '2014-07-31' })], {}, 0],
    ['started 1 August 2014 (boundary)', [], [a35({ LearnStartDate: '2014-08-01' })], {}, 1],
    ['apprenticeship (DD07) excluded', [], [apprenticeship({ FundModel: 99 })], {}, 0],
    ['community learning excluded', [], [adult({ FundModel: 99 }, [['SOF', '108']])], {}, 0],
    ['19 on 31 August 2025 (boundary)', [], [a35()], { DateOfBirth: '2006-08-31' }, 1],
    ['18 on 31 August 2025', [], [a35()], { DateOfBirth: '2006-09-01' }, 0],
    ['no date of birth', [], [a35()], { DateOfBirth: null }, 0],
    ['OLASS is not excluded in 2025-26', [], [a35({}, [['LDM', '034']])], {}, 1],
  ])('%s', (_n, statuses, aims, learner, expected) => {
    const f = run(EmpStat_08, '2526', statuses, aims, learner);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const esfa = (fields: RecordSpec = {}, fams: [string, string][] = []) =>
    aim({ AimType: 1, FundModel: 35, ProgType: 4, LearnStartDate: '2017-08-31', ...fields }, fams);
  it.each<[string, RecordSpec, [string, string][], number]>([
    ['Validate_Error: born 1997-08-31, FundModel 35 from 2017-08-31, no status before', {}, [['ACT', '44'], ['ADL', '031']], 1],
    ['LDM 034 excludes (ConditionMet false)', { FundModel: 35, ProgType: null }, [['LDM', '034']], 0],
    ['ProgType 24 excludes', { ProgType: 24 }, [], 0],
  ])('%s', (_n, fields, fams, expected) => {
    expect(run(EmpStat_08, '2021', [status(11, '2017-09-01')], [esfa(fields, fams)], { DateOfBirth: '1997-08-31' })).toHaveLength(expected);
  });
});
