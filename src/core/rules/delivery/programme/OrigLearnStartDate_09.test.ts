import { aimFindings, yearFindings } from '../delivery-testing';
import { OrigLearnStartDate_09 } from './OrigLearnStartDate_09';

describe('OrigLearnStartDate_09: FundModel 36 original starts from 1 May 2017', () => {
  it.each([
    ['30 April 2017', { FundModel: 36, OrigLearnStartDate: '2017-04-30' }, 1],
    ['1 May 2017', { FundModel: 36, OrigLearnStartDate: '2017-05-01' }, 0],
    ['2 May 2017', { FundModel: 36, OrigLearnStartDate: '2017-05-02' }, 0],
    ['FundModel 81', { FundModel: 81, OrigLearnStartDate: '2017-04-30' }, 0],
    ['not returned', { FundModel: 36 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(OrigLearnStartDate_09, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['30 April 2017', { FundModel: 36, OrigLearnStartDate: '2017-04-30' }, 1],
    ['1 May 2017', { FundModel: 36, OrigLearnStartDate: '2017-05-01' }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(OrigLearnStartDate_09, '2021', fields)).toHaveLength(n));
});
