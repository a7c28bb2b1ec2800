import { LLDDHealthProb_07 } from './LLDDHealthProb_07';
import { aim, aim21, learnerFindings } from './fields-testing';

const young = { LLDDHealthProb: 1, DateOfBirth: '2005-09-01', PlanLearnHours: 11 };
const cl = aim({ FundModel: 10 });
const sof108 = aim({ AimSeqNumber: 2, FundModel: 99 }, [['SOF', '108']]);

describe('LLDDHealthProb_07: community learning, LLDDHealthProb 1, more than 10 planned hours → an LLDD record', () => {
  it.each([
    ['FundModel 10, 11 hours', young, [cl], 1],
    ['FundModel 99 with SOF 108 and another FAM', young, [aim({ FundModel: 99 }, [['SOF', '108'], ['LDM', '034']])], 1],
    ['FundModel 10 and FundModel 99/SOF 108', young, [cl, sof108], 1],
    ['10 hours (boundary)', { ...young, PlanLearnHours: 10 }, [cl], 0],
    ['hours not returned', { ...young, PlanLearnHours: undefined }, [cl], 0],
    ['with a record', { ...young, LLDDandHealthProblem: [{ LLDDCat: 4, PrimaryLLDD: 1 }] }, [cl], 0],
    ['LLDDHealthProb 2', { ...young, LLDDHealthProb: 2 }, [cl], 0],
    ['an adult skills aim too', young, [cl, aim({ AimSeqNumber: 2 })], 0],
    ['FundModel 99 without SOF 108', young, [aim({ FundModel: 99 }, [['SOF', '1']])], 0],
    ['FundModel 99 without FAMs', young, [aim({ FundModel: 99 })], 0],
    ['aged 25 at the earliest start', { ...young, DateOfBirth: '2000-09-01' }, [cl], 0],
    ['aged 24 at the earliest start', { ...young, DateOfBirth: '2000-09-02' }, [cl], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(LLDDHealthProb_07, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'LLDDHealthProb' });
  });

  it('2020-21 follows ESFA: a FundModel 99 aim without FAMs counts; SOF 108 with another FAM does not', () => {
    expect(learnerFindings(LLDDHealthProb_07, '2021', young, [aim21({ FundModel: 99 })])).toHaveLength(1);
    expect(learnerFindings(LLDDHealthProb_07, '2021', young, [aim21({ FundModel: 99 }, [['SOF', '108'], ['LDM', '034']])])).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const learner = { LLDDHealthProb: 1, DateOfBirth: '2001-01-01', PlanLearnHours: 11 };
  it.each([
    ['InvalidItemRaisesValidationMessage: FundModel 10', learner, [aim21({ FundModel: 10 })], 1],
    ['InvalidItemRaisesValidationMessage: FundModel 99, SOF 108', learner, [aim21({ FundModel: 99 }, [['SOF', '108']])], 1],
    ['ValidItemDoesNotRaiseValidationMessage: 10 hours', { ...learner, PlanLearnHours: 10 }, [aim21({ FundModel: 10 })], 0],
    ['ValidItemDoesNotRaiseValidationMessage: FundModel 35', learner, [aim21()], 0],
    ['ValidItemDoesNotRaiseValidationMessage: aged 25', { ...learner, DateOfBirth: '1995-09-01' }, [aim21({ FundModel: 10 })], 0],
    ['ValidItemDoesNotRaiseValidationMessage: FundModel 99, SOF 107', learner, [aim21({ FundModel: 99 }, [['SOF', '107']])], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(LLDDHealthProb_07, '2021', fields, aims)).toHaveLength(expected));
});
