import { EngGrade_04 } from './EngGrade_04';
import { learnerFams, learnerFindings } from './fields-testing';

describe('EngGrade_04: exempt from / met the English condition of funding (ECF 2, 3, 4) → EngGrade NONE', () => {
  it.each([
    ['ECF 2, grade C', { EngGrade: 'C', LearnerFAM: learnerFams(['ECF', '2']) }, 1],
    ['ECF 3, grade 4', { EngGrade: '4', LearnerFAM: learnerFams(['ECF', '3']) }, 1],
    ['ECF 4, grade U', { EngGrade: 'U', LearnerFAM: learnerFams(['ECF', '4']) }, 1],
    ['ECF 1, grade C', { EngGrade: 'C', LearnerFAM: learnerFams(['ECF', '1']) }, 0],
    ['ECF 5, grade C', { EngGrade: 'C', LearnerFAM: learnerFams(['ECF', '5']) }, 0],
    ['ECF 2, NONE', { EngGrade: 'NONE', LearnerFAM: learnerFams(['ECF', '2']) }, 0],
    ['ECF 2, none (any case)', { EngGrade: 'none', LearnerFAM: learnerFams(['ECF', '2']) }, 0],
    ['ECF 2, grade not returned (EngGrade_01\'s to report)', { LearnerFAM: learnerFams(['ECF', '2']) }, 0],
    ['MCF 2 (maths), grade C', { EngGrade: 'C', LearnerFAM: learnerFams(['MCF', '2']) }, 0],
  ])('%s', (_n, fields, expected) => {
    const f = learnerFindings(EngGrade_04, '2526', fields);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'EngGrade' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['EngGradeConditionMet_True: null', {}, 1],
    ['EngGradeConditionMet_True: A', { EngGrade: 'A' }, 1],
    ['EngGradeConditionMet_True: b', { EngGrade: 'b' }, 1],
    ['EngGradeConditionMet_False: NONE', { EngGrade: 'NONE' }, 0],
    ['EngGradeConditionMet_False: None', { EngGrade: 'None' }, 0],
    ['EngGradeConditionMet_False: none', { EngGrade: 'none' }, 0],
  ])('%s (with ECF 2)', (_n, fields, expected) =>
    expect(learnerFindings(EngGrade_04, '2021', { ...fields, LearnerFAM: learnerFams(['ECF', '2']) })).toHaveLength(expected));
  it('LearnerFAMConditionMet_False: no ECF 2-4', () => expect(learnerFindings(EngGrade_04, '2021', { EngGrade: 'A', LearnerFAM: learnerFams(['ECF', '1']) })).toHaveLength(0));
});
