import { aimFindings, yearFindings } from '../delivery-testing';
import { OTJActHours_03 } from './OTJActHours_03';

const prog = { FundModel: 36, AimType: 1, ProgType: 25, StdCode: 1, LearnAimRef: 'ZPROG001', CompStatus: 3, LearnActEndDate: '2026-03-31' };

describe('OTJActHours_03: a withdrawn apprenticeship started from 1 August 2022 returns OTJActHours', () => {
  it.each([
    ['no OTJActHours', prog, 1],
    ['started on 1 August 2022', { ...prog, LearnStartDate: '2022-08-01' }, 1],
    ['started the day before', { ...prog, LearnStartDate: '2022-07-31' }, 0],
    ['OTJActHours returned', { ...prog, OTJActHours: 300 }, 0],
    ['OTJActHours 0 returned', { ...prog, OTJActHours: 0 }, 0],
    ['continuing', { ...prog, CompStatus: 1, LearnActEndDate: null }, 0],
    ['component aim', { ...prog, AimType: 3, LearnAimRef: '60146394' }, 0],
    ['FundModel 99', { ...prog, FundModel: 99 }, 0],
    ['restart', { ...prog, LearningDeliveryFAM: [{ LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }] }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(OTJActHours_03, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(OTJActHours_03, '2021', { ...prog, LearnActEndDate: '2021-03-31' })).toHaveLength(0));
});
