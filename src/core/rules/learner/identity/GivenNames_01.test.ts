import { GivenNames_01 } from './GivenNames_01';
import { aim, learnerFindings } from './identity-testing';

const cl10 = (seq = 1) => aim({ AimSeqNumber: seq, FundModel: 10 });
const cl99 = (seq = 1) => aim({ AimSeqNumber: seq, FundModel: 99 }, [['SOF', '108']]);

describe('GivenNames_01: the GivenNames must be returned unless every aim is community learning', () => {
  it.each([
    ['missing, FundModel 35', null, [aim()], 1],
    ['all spaces', '   ', [aim()], 1],
    ['returned', 'Smith', [aim()], 0],
    ['every aim FundModel 10', null, [cl10()], 0],
    ['every aim FundModel 99 with SOF 108', null, [cl99()], 0],
    ['FundModel 10 and FundModel 99 SOF 108: all community learning', null, [cl10(), cl99(2)], 0],
    ['FundModel 99 without SOF 108', null, [aim({ FundModel: 99 }, [['SOF', '105']])], 1],
    ['one community learning aim and one other', null, [cl10(), aim({ AimSeqNumber: 2 })], 1],
  ])('%s', (_n, name, aims, n) => {
    const f = learnerFindings(GivenNames_01, { GivenNames: name }, aims);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'Learner', field: 'GivenNames' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // GivenNames_01RuleTests.CrossLearningDeliveryConditionMet: two aims (FundModel, FundModel, both with the SOF code), the
  // name missing. ESFA's 2020-21 service counts FundModel 10 with FundModel 99 SOF 108 as not all
  // community learning.
  it.each([
    ['CrossLearningDeliveryConditionMet (10, 10, SOF 208): all community learning', 10, 10, '208', 0],
    ['CrossLearningDeliveryConditionMet (10, 20, SOF 208): not all community learning', 10, 20, '208', 1],
    ['CrossLearningDeliveryConditionMet (10, 99, SOF 208): not all community learning', 10, 99, '208', 1],
    ['CrossLearningDeliveryConditionMet (10, 99, SOF 108): not all community learning', 10, 99, '108', 1],
    ['CrossLearningDeliveryConditionMet (99, 99, SOF 108): all community learning', 99, 99, '108', 0],
    ['CrossLearningDeliveryConditionMet (35, 25, SOF 108): not all community learning', 35, 25, '108', 1],
    ['CrossLearningDeliveryConditionMet (35, 99, SOF 108): not all community learning', 35, 99, '108', 1],
  ] as [string, number, number, string, number][])('%s', (_n, fm1, fm2, sof, n) => {
    const aims = [aim({ FundModel: fm1 }, [['SOF', sof]], '2021'), aim({ AimSeqNumber: 2, FundModel: fm2 }, [['SOF', sof]], '2021')];
    expect(learnerFindings(GivenNames_01, { GivenNames: null }, aims, { year: '2021' })).toHaveLength(n);
  });
  it('GivenNamesConditionMet_True_Whitespace and GivenNamesConditionMet_False', () => {
    const aims = [aim({ FundModel: 35 }, [], '2021')];
    expect(learnerFindings(GivenNames_01, { GivenNames: '   ' }, aims, { year: '2021' })).toHaveLength(1);
    expect(learnerFindings(GivenNames_01, { GivenNames: 'Name' }, aims, { year: '2021' })).toHaveLength(0);
  });
});
