import { PlanLearnHours_02 } from './PlanLearnHours_02';
import type { RecordSpec } from '../../../model/build';
import { aim, aim21, learnerFindings } from './fields-testing';

type Case = [string, RecordSpec, RecordSpec[], number];

describe('PlanLearnHours_02: planned learning hours should not be 0', () => {
  it.each<Case>([
    ...[10, 25, 35, 37, 38, 81, 99].map((fm): Case => [`FundModel ${fm}, 0 hours`, { PlanLearnHours: 0 }, [aim({ FundModel: fm })], 1]),
    ['FundModel 36, 0 hours (not listed from 2021-22)', { PlanLearnHours: 0 }, [aim({ FundModel: 36, ProgType: 25 })], 0],
    ['FundModel 82, 0 hours', { PlanLearnHours: 0 }, [aim({ FundModel: 82 })], 0],
    ['T Level programme, 0 hours', { PlanLearnHours: 0 }, [aim({ FundModel: 25, ProgType: 31 })], 0],
    ['1 hour', { PlanLearnHours: 1 }, [aim()], 0],
    ['not returned', {}, [aim()], 0],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PlanLearnHours_02, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'warning', field: 'PlanLearnHours', value: '0' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number, number, number]>([
    ...[10, 25, 35, 36, 81, 99].map((fm): [string, number, number, number] => [`ConditionMet_True: FundModel ${fm}`, fm, 0, 1]),
    ['FundModelConditionMet_False: FundModel 70', 70, 0, 0],
    ['FundModelConditionMet_False: FundModel 82', 82, 0, 0],
    ['PlanLearnHoursConditionMet_False: 1', 35, 1, 0],
  ])('%s', (_n, fm, hours, expected) => expect(learnerFindings(PlanLearnHours_02, '2021', { PlanLearnHours: hours }, [aim21({ FundModel: fm })])).toHaveLength(expected));
  it('Excluded: T Level', () => expect(learnerFindings(PlanLearnHours_02, '2021', { PlanLearnHours: 0 }, [aim21({ FundModel: 25, ProgType: 31 })])).toHaveLength(0));
});
