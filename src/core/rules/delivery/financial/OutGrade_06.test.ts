import { aimFindings, yearFindings } from '../delivery-testing';
import { OutGrade_06 } from './OutGrade_06';

describe('OutGrade_06: not achieved means a fail grade or none', () => {
  it.each([
    ['FL', 3, 0], ['U', 3, 0], ['N', 3, 0], ['X', 3, 0], ['Y', 3, 0], ['PA', 3, 1], ['A', 3, 1], ['PA', 1, 0], ['PA', 2, 0],
  ])('grade %s, Outcome %s', (grade, outcome, n) => {
    const f = aimFindings(OutGrade_06, { Outcome: outcome, OutGrade: grade });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'OutGrade', value: grade });
  });
  it('Outcome 3, no grade', () => expect(aimFindings(OutGrade_06, { Outcome: 3 })).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(OutGrade_06, '2021', { Outcome: 3, OutGrade: 'PA' })).toHaveLength(1));
});
