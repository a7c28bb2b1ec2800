import { PlanLearnHours_05 } from './PlanLearnHours_05';
import { aim, aim21, learnerFindings } from './fields-testing';

describe('PlanLearnHours_05: PlanLearnHours + PlanEEPHours must not be more than 4000', () => {
  it.each([
    ['4000 + 1', { PlanLearnHours: 4000, PlanEEPHours: 1 }, [aim()], 1],
    ['3999 + 1 (boundary)', { PlanLearnHours: 3999, PlanEEPHours: 1 }, [aim()], 0],
    ['4001, no PlanEEPHours', { PlanLearnHours: 4001 }, [aim()], 1],
    ['4000, no PlanEEPHours', { PlanLearnHours: 4000 }, [aim()], 0],
    ['PlanLearnHours not returned, PlanEEPHours 4001', { PlanEEPHours: 4001 }, [aim()], 0],
    ['FundModel 82 only', { PlanLearnHours: 4001 }, [aim({ FundModel: 82 })], 0],
    ['T Level programme only', { PlanLearnHours: 4001 }, [aim({ FundModel: 25, ProgType: 31 })], 0],
    ['FundModel 82 and 25', { PlanLearnHours: 4001 }, [aim({ FundModel: 82 }), aim({ AimSeqNumber: 2, FundModel: 25 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PlanLearnHours_05, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', field: 'PlanLearnHours' });
  });
  it('2020-21 follows ESFA: the hours are added even when PlanLearnHours is not returned', () => {
    const f = learnerFindings(PlanLearnHours_05, '2021', { PlanEEPHours: 4001 }, [aim21()]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: 'PlanEEPHours' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: 4000 + 1', { PlanLearnHours: 4000, PlanEEPHours: 1 }, [aim21({ FundModel: 25 })], 1],
    ['ConditionMet_False: 4000 + 0', { PlanLearnHours: 4000, PlanEEPHours: 0 }, [aim21({ FundModel: 25 })], 0],
    ['ConditionMet_False: nulls', {}, [aim21({ FundModel: 25 })], 0],
    ['Excluded: FundModel 82', { PlanLearnHours: 4000, PlanEEPHours: 1 }, [aim21({ FundModel: 82 })], 0],
    ['Excluded: T Level', { PlanLearnHours: 4000, PlanEEPHours: 1 }, [aim21({ FundModel: 25, ProgType: 31 })], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(PlanLearnHours_05, '2021', fields, aims)).toHaveLength(expected));
});
