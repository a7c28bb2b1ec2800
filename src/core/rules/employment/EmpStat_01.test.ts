import type { RecordSpec } from '../../model/build';
import { aim, apprenticeship, run, status } from './employment-testing';
import { EmpStat_01 } from './EmpStat_01';

const old = (fields: RecordSpec = {}, fams: [string, string][] = []) =>
  aim({ FundModel: 35, LearnStartDate: '2013-09-01', LearnPlanEndDate: '2014-06-30', ...fields }, fams);

describe('EmpStat_01: adult aims started 2012-08-01 to 2014-07-31 need a status on or before the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['no status', [], [old()], {}, 1],
    ['status after the start', [status(10, '2013-09-02')], [old()], {}, 1],
    ['status on the start date', [status(10, '2013-09-01')], [old()], {}, 0],
    ['status before the start', [status(10, '2013-08-01')], [old()], {}, 0],
    ['started 31 July 2012 (before the period)', [], [old({ LearnStartDate: '2012-07-31' })], {}, 0],
    ['started 1 August 2012 (boundary)', [], [old({ LearnStartDate: '2012-08-01' })], {}, 1],
    ['started 31 July 2014 (boundary)', [], [old({ LearnStartDate: '2014-07-31' })], {}, 1],
    ['started 1 August 2014 (after the period)', [], [old({ LearnStartDate: '2014-08-01' })], {}, 0],
    ['FundModel 81', [], [old({ FundModel: 81 })], {}, 1],
    ['FundModel 99', [], [old({ FundModel: 99 })], {}, 1],
    ['FundModel 25', [], [old({ FundModel: 25 })], {}, 0],
    ['community learning (FundModel 99, SOF 108) excluded', [], [old({ FundModel: 99 }, [['SOF', '108']])], {}, 0],
    ['apprenticeship (DD07) excluded', [], [apprenticeship({ LearnStartDate: '2013-09-01' })], {}, 0],
    ['19 on 31 August 2013 (boundary)', [], [old()], { DateOfBirth: '1994-08-31' }, 1],
    ['18 on 31 August 2013 (19 on 1 September)', [], [old()], { DateOfBirth: '1994-09-01' }, 0],
    ['a July 2014 start: the age on 31 August 2013', [], [old({ LearnStartDate: '2014-07-01' })], { DateOfBirth: '1994-09-01' }, 0],
    ['no date of birth', [], [old()], { DateOfBirth: null }, 0],
  ])('%s', (_n, statuses, aims, learner, expected) => {
    const f = run(EmpStat_01, '2526', statuses, aims, learner);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, [string, string][], RecordSpec, number]>([
    ['IsLearnerInCustody (LDM 034) excludes the aim', [['LDM', '034']], {}, 0],
    ['IsComunityLearningFund (SOF 108) on FundModel 99 excludes the aim', [['SOF', '108']], { FundModel: 99 }, 0],
    ['a plain adult skills aim fires', [], {}, 1],
    ['traineeship (ProgType 24) excluded', [], { ProgType: 24, AimType: 1 }, 0],
  ])('%s', (_n, fams, fields, expected) => {
    expect(run(EmpStat_01, '2021', [], [old(fields, fams)])).toHaveLength(expected);
  });

  it('the years differ: an OLASS aim', () => {
    expect(run(EmpStat_01, '2526', [], [old({}, [['LDM', '034']])])).toHaveLength(1);
    expect(run(EmpStat_01, '2021', [], [old({}, [['LDM', '034']])])).toHaveLength(0);
  });
});
