import { aimFindings, yearFindings } from '../delivery-testing';
import { OutGrade_01 } from './OutGrade_01';

describe('OutGrade_01: the outcome grade is a code of the year list', () => {
  it.each([
    ['A*', 'not enumerated for 2025-26: no finding'],
    ['ZZZ', 'not enumerated for 2025-26: no finding'],
  ])('2025-26: %s (%s)', (grade) => expect(aimFindings(OutGrade_01, { Outcome: 1, OutGrade: grade })).toHaveLength(0));
  it('not returned', () => expect(aimFindings(OutGrade_01, { Outcome: 1 })).toHaveLength(0));
});

describe('2020-21 (the full 2020-21 list, as ESFA\'s 2020-21 service)', () => {
  it.each([
    ['A', 0], ['PA', 0], ['DS', 0], ['FL', 0], ['01', 0], ['ZZZ', 1], ['Q', 1],
  ])('%s', (grade, n) => {
    const f = yearFindings(OutGrade_01, '2021', { Outcome: 1, OutGrade: grade });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'OutGrade', value: grade });
  });
});
