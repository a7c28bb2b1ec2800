import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_03 } from './FundModel_03';

const adl = { LearningDeliveryFAM: [{ LearnDelFAMType: 'ADL', LearnDelFAMCode: '1' }] };

describe('FundModel_03: a loan-financed aim must be FundModel 99', () => {
  it.each([
    ['ADL on FundModel 35', { FundModel: 35, ...adl }, 1],
    ['ADL on FundModel 38', { FundModel: 38, ...adl }, 1],
    ['ADL on FundModel 99', { FundModel: 99, ...adl }, 0],
    ['no ADL on FundModel 35', { FundModel: 35 }, 0],
    ['another FAM type on FundModel 35', { FundModel: 35, LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '105' }] }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_03, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['ADL on FundModel 35', { FundModel: 35, ...adl }, 1],
    ['ADL on FundModel 99', { FundModel: 99, ...adl }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_03, '2021', fields)).toHaveLength(n));
});
