import { aimFindings, esfaFindings } from '../delivery-testing';
import { PriorLearnFundAdj_01 } from './PriorLearnFundAdj_01';

const ADL = [{ LearnDelFAMType: 'ADL', LearnDelFAMCode: '1' }];

describe('PriorLearnFundAdj_01: no prior learning adjustment for FundModel 10, 25, 82, 99 unless a loan', () => {
  it.each([[10, 1], [25, 1], [82, 1], [99, 1], [35, 0], [36, 0], [70, 0]])('FundModel %s', (fm, n) => {
    const f = aimFindings(PriorLearnFundAdj_01, { FundModel: fm, PriorLearnFundAdj: 50 });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'PriorLearnFundAdj', value: '50' });
  });
  it('an Advanced Learner Loan is excluded', () => expect(aimFindings(PriorLearnFundAdj_01, { FundModel: 99, PriorLearnFundAdj: 50, LearningDeliveryFAM: ADL })).toHaveLength(0));
  it('not returned', () => expect(aimFindings(PriorLearnFundAdj_01, { FundModel: 99 })).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // PriorLearnFundAdj_01RuleTests: Validate_Error (FundModel 25, 100, no ADL), Validate_NoError (the same with an ADL
  // FAM); FundModel 70 is in the service's list.
  it.each([
    ['Validate_Error', { FundModel: 25, PriorLearnFundAdj: 100 }, 1],
    ['Validate_NoError', { FundModel: 25, PriorLearnFundAdj: 100, LearningDeliveryFAM: ADL }, 0],
    ['FundModel 70', { FundModel: 70, PriorLearnFundAdj: 100 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(PriorLearnFundAdj_01, fields)).toHaveLength(n));
});
