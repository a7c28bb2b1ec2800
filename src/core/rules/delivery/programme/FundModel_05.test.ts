import { aimFindings, yearFindings } from '../delivery-testing';
import { FundModel_05 } from './FundModel_05';

describe('FundModel_05: FundModel 36 only for starts from 1 May 2017', () => {
  it.each([
    ['36, started 30 April 2017', { FundModel: 36, LearnStartDate: '2017-04-30' }, 1],
    ['36, started 1 May 2017', { FundModel: 36, LearnStartDate: '2017-05-01' }, 0],
    ['36, started 2 May 2017', { FundModel: 36, LearnStartDate: '2017-05-02' }, 0],
    ['81, started 30 April 2017', { FundModel: 81, LearnStartDate: '2017-04-30' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(FundModel_05, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['36, started 30 April 2017', { FundModel: 36, LearnStartDate: '2017-04-30' }, 1],
    ['36, started 1 May 2017', { FundModel: 36, LearnStartDate: '2017-05-01' }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(FundModel_05, '2021', fields)).toHaveLength(n));
});
