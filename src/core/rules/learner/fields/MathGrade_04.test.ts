import { MathGrade_04 } from './MathGrade_04';
import { learnerFams, learnerFindings } from './fields-testing';

describe('MathGrade_04: exempt from / met the maths condition of funding (MCF 2, 3, 4) → MathGrade NONE', () => {
  it.each([
    ['MCF 2, grade C', { MathGrade: 'C', LearnerFAM: learnerFams(['MCF', '2']) }, 1],
    ['MCF 3, grade 4', { MathGrade: '4', LearnerFAM: learnerFams(['MCF', '3']) }, 1],
    ['MCF 4, grade U', { MathGrade: 'U', LearnerFAM: learnerFams(['MCF', '4']) }, 1],
    ['MCF 1, grade C', { MathGrade: 'C', LearnerFAM: learnerFams(['MCF', '1']) }, 0],
    ['MCF 5, grade C', { MathGrade: 'C', LearnerFAM: learnerFams(['MCF', '5']) }, 0],
    ['MCF 2, NONE', { MathGrade: 'NONE', LearnerFAM: learnerFams(['MCF', '2']) }, 0],
    ['MCF 2, grade not returned', { LearnerFAM: learnerFams(['MCF', '2']) }, 0],
    ['ECF 2 (English), grade C', { MathGrade: 'C', LearnerFAM: learnerFams(['ECF', '2']) }, 0],
  ])('%s', (_n, fields, expected) => {
    const f = learnerFindings(MathGrade_04, '2526', fields);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'MathGrade' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['MathGradeConditionMet_True: A', { MathGrade: 'A' }, 1],
    ['MathGradeConditionMet_False: null', {}, 0],
    ['MathGradeConditionMet_False: NONE', { MathGrade: 'NONE' }, 0],
    ['MathGradeConditionMet_False: none', { MathGrade: 'none' }, 0],
  ])('%s (with MCF 2)', (_n, fields, expected) =>
    expect(learnerFindings(MathGrade_04, '2021', { ...fields, LearnerFAM: learnerFams(['MCF', '2']) })).toHaveLength(expected));
});
