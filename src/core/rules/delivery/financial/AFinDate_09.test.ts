import { AFinDate_09 } from './AFinDate_09';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

describe('AFinDate_09: no financial record more than a year before the programme start (2025-09-01)', () => {
  it.each([
    ['the day before a year before', {}, '2024-08-31', 1],
    ['a year before to the day', {}, '2024-09-01', 0],
    ['the day after', {}, '2024-09-02', 0],
    ['component aim (AimType 3)', { AimType: 3 }, '2024-08-31', 0],
    ['not an apprenticeship (ProgType 24)', { ProgType: 24 }, '2024-08-31', 0],
    ['a framework type in 2025-26 (not DD07)', { ProgType: 3 }, '2024-08-31', 0],
  ])('%s', (_n, fields, d, n) => {
    const f = finFindings(AFinDate_09, { ...STANDARD, ...fields }, [fin('PMR', 1, d)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', related: [{ field: 'LearnStartDate', value: '2025-09-01' }] });
  });
  it('29 February: a year before is 28 February', () => {
    expect(finFindings(AFinDate_09, { ...STANDARD, LearnStartDate: '2028-02-29' }, [fin('TNP', 1, '2027-02-28')], '2526', '2028-07-31')).toHaveLength(0);
    expect(finFindings(AFinDate_09, { ...STANDARD, LearnStartDate: '2028-02-29' }, [fin('TNP', 1, '2027-02-27')], '2526', '2028-07-31')).toHaveLength(1);
  });
});

describe('2020-21 (DD07 of the year: frameworks too)', () => {
  it.each([
    ['framework (ProgType 3)', { ProgType: 3 }, 1],
    ['standard', {}, 1],
    ['traineeship (ProgType 24)', { ProgType: 24 }, 0],
  ])('%s', (_n, fields, n) => expect(finFindings(AFinDate_09, { ...STANDARD_2021, ...fields }, [fin('TNP', 1, '2019-08-31')], '2021')).toHaveLength(n));
});
