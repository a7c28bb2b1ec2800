import { AFinDate_12 } from './AFinDate_12';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

const ENDED = { ...STANDARD, LearnActEndDate: '2025-10-31', CompStatus: 3, WithdrawReason: 40 };

describe('AFinDate_12: no financial record more than two years after the actual end (2025-10-31)', () => {
  it.each([
    ['the day after two years', {}, '2027-11-01', 1],
    ['two years after to the day', {}, '2027-10-31', 0],
    ['the day before', {}, '2027-10-30', 0],
    ['no actual end date', { LearnActEndDate: null, CompStatus: 1, WithdrawReason: null }, '2027-11-01', 0],
    ['component aim (AimType 3)', { AimType: 3 }, '2027-11-01', 0],
    ['not an apprenticeship (ProgType 24)', { ProgType: 24 }, '2027-11-01', 0],
  ])('%s', (_n, fields, d, n) => {
    const f = finFindings(AFinDate_12, { ...ENDED, ...fields }, [fin('PMR', 1, d)], '2526', '2027-12-31');
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', related: [{ field: 'LearnActEndDate', value: '2025-10-31' }] });
  });
});

describe('2020-21 (DD07 of the year: frameworks too)', () => {
  it.each([
    ['framework (ProgType 20)', { ProgType: 20 }, 1],
    ['standard', {}, 1],
    ['traineeship (ProgType 24)', { ProgType: 24 }, 0],
  ])('%s', (_n, fields, n) =>
    expect(finFindings(AFinDate_12, { ...STANDARD_2021, LearnActEndDate: '2020-10-31', CompStatus: 3, ...fields }, [fin('PMR', 1, '2022-11-01')], '2021', '2022-12-31')).toHaveLength(n));
});
