import { aimFindings, esfaFindings } from '../delivery-testing';
import { AddHours_01 } from './AddHours_01';

describe('AddHours_01: no AddHours on aims that started before 1 August 2015', () => {
  it.each([
    ['started the day before', { AddHours: 10, LearnStartDate: '2015-07-31' }, 1],
    ['started on 1 August 2015', { AddHours: 10, LearnStartDate: '2015-08-01' }, 0],
    ['started after', { AddHours: 10, LearnStartDate: '2015-08-02' }, 0],
    ['no AddHours', { LearnStartDate: '2015-07-31' }, 0],
    ['apprenticeship (36)', { AddHours: 10, LearnStartDate: '2015-07-31', FundModel: 36 }, 1],
    ['adult skills fund (38)', { AddHours: 10, LearnStartDate: '2015-07-31', FundModel: 38 }, 1],
    ['other adult (81)', { AddHours: 10, LearnStartDate: '2015-07-31', FundModel: 81 }, 1],
    ['16-19 (25): AddHours_02 reports it', { AddHours: 10, LearnStartDate: '2015-07-31', FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AddHours_01, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['35, 2015-07-31', { FundModel: 35, AddHours: 1, LearnStartDate: '2015-07-31' }, 1],
    ['not: FundModel (25)', { FundModel: 25, AddHours: 1, LearnStartDate: '2015-07-31' }, 0],
    ['not: StartDate (2015-08-01)', { FundModel: 35, AddHours: 1, LearnStartDate: '2015-08-01' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AddHours_01, fields)).toHaveLength(n));
});
