import { aimFindings, yearFindings } from '../delivery-testing';
import { OutGrade_04 } from './OutGrade_04';

describe('OutGrade_04: no grade while the outcome is not known', () => {
  it.each([
    ['Outcome 8 with a grade', { Outcome: 8, OutGrade: 'PA' }, 1],
    ['no Outcome with a grade', { OutGrade: 'PA' }, 1],
    ['Outcome 1 with a grade', { Outcome: 1, OutGrade: 'PA' }, 0],
    ['Outcome 3 with a grade', { Outcome: 3, OutGrade: 'FL' }, 0],
    ['Outcome 8, no grade', { Outcome: 8 }, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(OutGrade_04, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'OutGrade' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(OutGrade_04, '2021', { Outcome: 8, OutGrade: 'PA' })).toHaveLength(1));
});
