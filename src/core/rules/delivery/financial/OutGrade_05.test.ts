import { aimFindings, yearFindings } from '../delivery-testing';
import { OutGrade_05 } from './OutGrade_05';

describe('OutGrade_05: a fail grade is not achieved', () => {
  it.each([
    ['FL', 1, 1], ['U', 1, 1], ['N', 1, 1], ['X', 1, 1], ['Y', 1, 1], ['fl', 1, 1], ['PA', 1, 0], ['FL', 3, 0], ['FL', 8, 0],
  ])('grade %s, Outcome %s', (grade, outcome, n) => {
    const f = aimFindings(OutGrade_05, { Outcome: outcome, OutGrade: grade });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'Outcome', value: '1' });
  });
  it('Outcome 1, no grade', () => expect(aimFindings(OutGrade_05, { Outcome: 1 })).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(OutGrade_05, '2021', { Outcome: 1, OutGrade: 'U' })).toHaveLength(1));
});
