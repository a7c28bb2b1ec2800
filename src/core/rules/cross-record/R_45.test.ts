import { learnerFindings, relatedOf } from './cross-testing';
import { R_45 } from './R_45';

const lldd = (cat: string | number) => ({ LLDDCat: cat });

describe('R_45: two LLDD records of the same category', () => {
  it.each<[string, (string | number)[], number]>([
    ['different categories', [4, 5], 0],
    ['the same category: both reported', [4, 4], 2],
    ['"04" and "4" are the same code', ['04', '4'], 2],
    ['one record', [4], 0],
  ])('%s', (_n, cats, n) => {
    const f = learnerFindings(R_45, { LLDDandHealthProblem: cats.map(lldd) });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_45', entity: 'LLDDandHealthProblem', field: 'LLDDCat' });
  });

  it('marks the other record as related', () => {
    expect(learnerFindings(R_45, { LLDDandHealthProblem: [lldd(4), lldd(4)] }).map(relatedOf)).toEqual([['LLDDCat=4'], ['LLDDCat=4']]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each<[string, number[], number]>([
    ['LLDDCat 1 twice', [1, 1], 2],
    ['1 and 2', [1, 2], 0],
  ])('%s', (_n, cats, n) => expect(learnerFindings(R_45, { LLDDandHealthProblem: cats.map(lldd) }, '2021')).toHaveLength(n));
});
