import { FamilyName_02 } from './FamilyName_02';
import { aim, learnerFindings } from './identity-testing';

const cl10 = (seq = 1) => aim({ AimSeqNumber: seq, FundModel: 10 });
const cl99 = (seq = 1) => aim({ AimSeqNumber: seq, FundModel: 99 }, [['SOF', '108']]);

describe('FamilyName_02: community learning with more than 10 planned hours needs the FamilyName', () => {
  it.each([
    ['missing, FundModel 10, 11 hours', null, 11, [cl10()], 1],
    ['FundModel 99 SOF 108, 11 hours', null, 11, [cl99()], 1],
    ['FundModel 10 and FundModel 99 SOF 108', null, 11, [cl10(), cl99(2)], 1],
    ['all spaces', '  ', 11, [cl10()], 1],
    ['10 hours (FamilyName_04\'s)', null, 10, [cl10()], 0],
    ['no PlanLearnHours', null, null, [cl10()], 0],
    ['returned', 'Name', 11, [cl10()], 0],
    ['not all community learning (FamilyName_01\'s)', null, 11, [cl10(), aim({ AimSeqNumber: 2 })], 0],
  ])('%s', (_n, name, hours, aims, n) => {
    const f = learnerFindings(FamilyName_02, { FamilyName: name, PlanLearnHours: hours }, aims);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'FamilyName' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // FamilyName_02RuleTests.CrossLearningDeliveryConditionMet: two aims (FundModel, FundModel, both with the SOF code), the
  // name missing and 11 planned hours. ESFA's 2020-21 service counts FundModel 10 with FundModel 99 SOF 108 as not all
  // community learning.
  it.each([
    ['CrossLearningDeliveryConditionMet (10, 10, SOF 208): all community learning', 10, 10, '208', 1],
    ['CrossLearningDeliveryConditionMet (10, 20, SOF 208): not all community learning', 10, 20, '208', 0],
    ['CrossLearningDeliveryConditionMet (10, 99, SOF 208): not all community learning', 10, 99, '208', 0],
    ['CrossLearningDeliveryConditionMet (10, 99, SOF 108): not all community learning', 10, 99, '108', 0],
    ['CrossLearningDeliveryConditionMet (99, 99, SOF 108): all community learning', 99, 99, '108', 1],
    ['CrossLearningDeliveryConditionMet (35, 25, SOF 108): not all community learning', 35, 25, '108', 0],
    ['CrossLearningDeliveryConditionMet (35, 99, SOF 108): not all community learning', 35, 99, '108', 0],
  ] as [string, number, number, string, number][])('%s', (_n, fm1, fm2, sof, n) => {
    const aims = [aim({ FundModel: fm1 }, [['SOF', sof]], '2021'), aim({ AimSeqNumber: 2, FundModel: fm2 }, [['SOF', sof]], '2021')];
    expect(learnerFindings(FamilyName_02, { FamilyName: null, PlanLearnHours: 11 }, aims, { year: '2021' })).toHaveLength(n);
  });
  it('FamilyNameConditionMet_True_Whitespace and FamilyNameConditionMet_False', () => {
    const aims = [aim({ FundModel: 10 }, [], '2021')];
    expect(learnerFindings(FamilyName_02, { FamilyName: '   ', PlanLearnHours: 11 }, aims, { year: '2021' })).toHaveLength(1);
    expect(learnerFindings(FamilyName_02, { FamilyName: 'Name', PlanLearnHours: 11 }, aims, { year: '2021' })).toHaveLength(0);
  });
});
