import { findingsOf } from '../../testing';
import { PartnerUKPRN_03 } from './PartnerUKPRN_03';

function run(partner: number | undefined, yearCode = '2526') {
  const aim = { LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30', FundModel: 35, ...(partner ? { PartnerUKPRN: partner } : {}) };
  return findingsOf(PartnerUKPRN_03, yearCode, { ukprn: '10000001', Learner: [{ LearnRefNumber: 'L0001', LearningDelivery: [aim] }] });
}

describe('PartnerUKPRN_03: the partner is not the provider itself (10000001)', () => {
  it('the provider UKPRN', () => {
    const f = run(10000001);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: 'PartnerUKPRN', value: '10000001', related: [{ entity: 'LearningProvider', field: 'UKPRN', value: '10000001' }] });
  });
  it('another UKPRN', () => expect(run(10000002)).toHaveLength(0));
  it('none', () => expect(run(undefined)).toHaveLength(0));
  it('2020-21: the same rule', () => expect(run(10000001, '2021')).toHaveLength(1));
});
