import { LLDDHealthProb_06 } from './LLDDHealthProb_06';
import { aim, aim21, learnerFindings } from './fields-testing';

const young = { LLDDHealthProb: 1, DateOfBirth: '2005-09-01' };

describe('LLDDHealthProb_06: LLDDHealthProb 1 → an LLDD and health problem record', () => {
  it.each([
    ['1, no record, adult skills aim', young, [aim()], 1],
    ['1 with a record', { ...young, LLDDandHealthProblem: [{ LLDDCat: 4, PrimaryLLDD: 1 }] }, [aim()], 0],
    ['2, no record', { ...young, LLDDHealthProb: 2 }, [aim()], 0],
    ['community learning only (FundModel 10)', young, [aim({ FundModel: 10 })], 0],
    ['non-funded only (FundModel 99, any SOF)', young, [aim({ FundModel: 99 }, [['SOF', '1']])], 0],
    ['FundModel 10 and an adult skills aim', young, [aim({ FundModel: 10 }), aim({ AimSeqNumber: 2 })], 1],
    ['aged 24 at the earliest start (the day before the 25th birthday)', { LLDDHealthProb: 1, DateOfBirth: '2000-09-02' }, [aim()], 1],
    ['aged 25 at the earliest start (the 25th birthday)', { LLDDHealthProb: 1, DateOfBirth: '2000-09-01' }, [aim()], 0],
    ['aged 25 at a later aim but 24 at the earliest start', { LLDDHealthProb: 1, DateOfBirth: '2000-09-02' }, [aim({ LearnStartDate: '2025-10-01' }), aim({ AimSeqNumber: 2 })], 1],
    ['no date of birth', { LLDDHealthProb: 1 }, [aim()], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(LLDDHealthProb_06, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'LLDDHealthProb', value: '1' });
  });

  it('2020-21 follows ESFA: any FundModel 10 aim excludes the learner; FundModel 99 excludes only with SOF 108', () => {
    expect(learnerFindings(LLDDHealthProb_06, '2021', young, [aim21({ FundModel: 10 }), aim21({ AimSeqNumber: 2 })])).toHaveLength(0);
    expect(learnerFindings(LLDDHealthProb_06, '2021', young, [aim21({ FundModel: 99 }, [['SOF', '1']])])).toHaveLength(1);
    expect(learnerFindings(LLDDHealthProb_06, '2021', young, [aim21({ FundModel: 99 }, [['SOF', '108']])])).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ValidationFails: 1, no records, FundModel 35, born 2001-01-01', { LLDDHealthProb: 1, DateOfBirth: '2001-01-01' }, [aim21()], 1],
    ['LLDDRecordConditionMet_False: a record', { LLDDHealthProb: 1, DateOfBirth: '2001-01-01', LLDDandHealthProblem: [{ LLDDCat: 1 }] }, [aim21()], 0],
    ['ExcludedFundModelConditionMet_True: FundModel 10', { LLDDHealthProb: 1, DateOfBirth: '2001-01-01' }, [aim21({ FundModel: 10 })], 0],
    ['ExcludedDeliveryFAMConditionMet_True: FundModel 99, SOF 108', { LLDDHealthProb: 1, DateOfBirth: '2001-01-01' }, [aim21({ FundModel: 99 }, [['SOF', '108']])], 0],
    ['ExcludedDOBConditionMet_True: aged 25 at the start', { LLDDHealthProb: 1, DateOfBirth: '1995-09-01' }, [aim21()], 0],
    ['ExcludedDOBConditionMet_False: no date of birth', { LLDDHealthProb: 1 }, [aim21()], 1],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(LLDDHealthProb_06, '2021', fields, aims)).toHaveLength(expected));
});
