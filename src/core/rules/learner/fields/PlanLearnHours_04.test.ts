import { PlanLearnHours_04 } from './PlanLearnHours_04';
import { aim, aim21, learnerFindings } from './fields-testing';

describe('PlanLearnHours_04: PlanLearnHours + PlanEEPHours must not be more than 1000', () => {
  it.each([
    ['1000 + 1', { PlanLearnHours: 1000, PlanEEPHours: 1 }, [aim()], 1],
    ['999 + 1 (boundary)', { PlanLearnHours: 999, PlanEEPHours: 1 }, [aim()], 0],
    ['1001, no PlanEEPHours', { PlanLearnHours: 1001 }, [aim()], 1],
    ['1000, no PlanEEPHours', { PlanLearnHours: 1000 }, [aim()], 0],
    ['PlanLearnHours not returned, PlanEEPHours 1001', { PlanEEPHours: 1001 }, [aim()], 0],
    ['FundModel 82 only', { PlanLearnHours: 1001 }, [aim({ FundModel: 82 })], 0],
    ['T Level programme only', { PlanLearnHours: 1001 }, [aim({ FundModel: 25, ProgType: 31 })], 0],
    ['FundModel 82 and 25', { PlanLearnHours: 1001 }, [aim({ FundModel: 82 }), aim({ AimSeqNumber: 2, FundModel: 25 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PlanLearnHours_04, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', field: 'PlanLearnHours' });
  });
  it('2020-21 follows ESFA: the hours are added even when PlanLearnHours is not returned', () => {
    const f = learnerFindings(PlanLearnHours_04, '2021', { PlanEEPHours: 1001 }, [aim21()]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: 'PlanEEPHours' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: 1000 + 1', { PlanLearnHours: 1000, PlanEEPHours: 1 }, [aim21({ FundModel: 25 })], 1],
    ['ConditionMet_False: 1000 + 0', { PlanLearnHours: 1000, PlanEEPHours: 0 }, [aim21({ FundModel: 25 })], 0],
    ['ConditionMet_False: nulls', {}, [aim21({ FundModel: 25 })], 0],
    ['Excluded: FundModel 82', { PlanLearnHours: 1000, PlanEEPHours: 1 }, [aim21({ FundModel: 82 })], 0],
    ['Excluded: T Level', { PlanLearnHours: 1000, PlanEEPHours: 1 }, [aim21({ FundModel: 25, ProgType: 31 })], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(PlanLearnHours_04, '2021', fields, aims)).toHaveLength(expected));
});
