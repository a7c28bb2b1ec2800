import { aimFindings, yearFindings } from '../delivery-testing';
import { OrigLearnStartDate_03 } from './OrigLearnStartDate_03';

describe('OrigLearnStartDate_03: no OrigLearnStartDate on FundModel 25, 82 or 10', () => {
  it.each([
    ['25', { FundModel: 25, OrigLearnStartDate: '2024-09-01' }, 1],
    ['82', { FundModel: 82, OrigLearnStartDate: '2024-09-01' }, 1],
    ['10', { FundModel: 10, OrigLearnStartDate: '2024-09-01' }, 1],
    ['35', { FundModel: 35, OrigLearnStartDate: '2024-09-01' }, 0],
    ['25 without it', { FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(OrigLearnStartDate_03, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['25', { FundModel: 25, OrigLearnStartDate: '2019-09-01' }, 1],
    ['36', { FundModel: 36, OrigLearnStartDate: '2019-09-01' }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(OrigLearnStartDate_03, '2021', fields)).toHaveLength(n));
});
