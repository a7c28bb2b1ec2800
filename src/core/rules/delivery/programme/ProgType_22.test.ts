import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_22 } from './ProgType_22';

const sof = (code: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: code }] });

describe('ProgType_22: combined authority programmes have a combined authority SOF', () => {
  it.each([
    ['33 with SOF 105', { ProgType: 33, AimType: 3, FundModel: 38, ...sof('105') }, 1],
    ['33 without FAMs', { ProgType: 33, AimType: 3, FundModel: 38 }, 1],
    ['33 with SOF 110', { ProgType: 33, AimType: 3, FundModel: 38, ...sof('110') }, 0],
    ['33 with SOF 120', { ProgType: 33, AimType: 3, FundModel: 38, ...sof('120') }, 0],
    ['25 with SOF 105', { ProgType: 25, AimType: 3, FundModel: 36, ...sof('105') }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_22, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(ProgType_22, '2021', { ProgType: 33, AimType: 3 })).toHaveLength(0));
});
