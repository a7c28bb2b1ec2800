import { AddLine1_03 } from './AddLine1_03';
import { aim, aim21, learnerFindings } from './fields-testing';

const cl = aim({ FundModel: 10 });
const sof108 = aim({ AimSeqNumber: 2, FundModel: 99 }, [['SOF', '108']]);

describe('AddLine1_03: address line 1 must be returned unless all aims are community learning with 10 planned hours or fewer', () => {
  it.each([
    ['no AddLine1, adult skills aim', {}, [aim()], 1],
    ['AddLine1 returned', { AddLine1: '1 High Street' }, [aim()], 0],
    ['FundModel 10, PlanLearnHours 10 (boundary)', { PlanLearnHours: 10 }, [cl], 0],
    ['FundModel 10, PlanLearnHours 11', { PlanLearnHours: 11 }, [cl], 1],
    ['FundModel 10, PlanLearnHours 9', { PlanLearnHours: 9 }, [cl], 0],
    ['FundModel 10, PlanLearnHours not returned', {}, [cl], 1],
    ['FundModel 99 with SOF 108, 5 hours', { PlanLearnHours: 5 }, [sof108], 0],
    ['FundModel 99 without SOF 108, 5 hours', { PlanLearnHours: 5 }, [aim({ FundModel: 99 }, [['SOF', '1']])], 1],
    ['FundModel 10 and FundModel 99/SOF 108 mixed, 5 hours (all community learning)', { PlanLearnHours: 5 }, [cl, sof108], 0],
    ['FundModel 10 and an adult skills aim, 5 hours', { PlanLearnHours: 5 }, [cl, aim({ AimSeqNumber: 2 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(AddLine1_03, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'AddLine1' });
  });

  it('2020-21 follows ESFA: a mix of FundModel 10 and FundModel 99 with SOF 108 is not excluded', () => {
    expect(learnerFindings(AddLine1_03, '2021', { PlanLearnHours: 5 }, [aim21({ FundModel: 10 }), aim21({ AimSeqNumber: 2, FundModel: 99 }, [['SOF', '108']])])).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['AddLine1ConditionMet_True: null, FundModel 35', {}, [aim21()], 1],
    ['AddLine1ConditionMet_True: whitespace', { AddLine1: '  ' }, [aim21()], 1],
    ['AddLine1ConditionMet_False', { AddLine1: 'Address' }, [aim21()], 0],
    ['CrossLearningDelivery: all FundModel 10, hours 10', { PlanLearnHours: 10 }, [aim21({ FundModel: 10 }), aim21({ AimSeqNumber: 2, FundModel: 10 })], 0],
    ['CrossLearningDelivery: all FundModel 99 with SOF 108, hours 10', { PlanLearnHours: 10 }, [aim21({ FundModel: 99 }, [['SOF', '108']])], 0],
    ['PlannedLearnHours: 11', { PlanLearnHours: 11 }, [aim21({ FundModel: 10 })], 1],
    ['PlannedLearnHours: null', {}, [aim21({ FundModel: 10 })], 1],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(AddLine1_03, '2021', fields, aims)).toHaveLength(expected));
});
