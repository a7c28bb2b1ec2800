import { heFindings } from './he-testing';
import { FINTYPE_02 } from './FINTYPE_02';

const types = (...t: (number | string)[]) => ({ learner: { LearnerHE: [{ LearnerHEFinancialSupport: t.map((x) => ({ FINTYPE: x, FINAMOUNT: 100 })) }] } });

describe('FINTYPE_02: at most one financial support record of each type 1-4', () => {
  it.each<[string, (number | string)[], number]>([
    ['one of each type', [1, 2, 3, 4], 0],
    ['two cash records', [1, 1], 1],
    ['three near-cash records', [2, 2, 2], 2],
    ['two "other" among others', [4, 1, 4], 1],
    ['a code outside 1-4 twice (FINTYPE_01\'s)', [5, 5], 0],
    ['"01" and "1" are the same type', ['01', 1], 1],
  ])('%s', (_n, t, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(FINTYPE_02, year, types(...t));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'FINTYPE_02', entity: 'LearnerHEFinancialSupport', field: 'FINTYPE' });
      if (n) expect(f[0]!.related).toHaveLength(1);
    }
  });

  it('no LearnerHE record', () => {
    expect(heFindings(FINTYPE_02, '2526', {})).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, number[], number]>([
    ['ConditionMet: 1', [1], 0],
    ['ConditionMet: 1, 2', [1, 2], 0],
    ['ConditionMet: 1, 2, 3, 4', [1, 2, 3, 4], 0],
    ['ConditionMet fails: 1, 2, 3, 1', [1, 2, 3, 1], 1],
  ])('%s', (_n, t, n) => expect(heFindings(FINTYPE_02, '2021', types(...t))).toHaveLength(n));
});
