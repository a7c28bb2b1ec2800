import { MathGrade_02 } from './MathGrade_02';
import { learnerFindings } from './fields-testing';

describe('MathGrade_02: a returned GCSE grade must be NONE or a GCSE grade', () => {
  it.each([
    ['NONE', 0], ['none', 0], ['A*', 0], ['C', 0], ['4', 0], ['9', 0], ['U', 0], ['DD', 0], ['A*A', 0],
    ['c', 0], ['H', 1], ['0', 1], ['10', 1], ['PA', 1],
  ])('%p', (grade, expected) => {
    const f = learnerFindings(MathGrade_02, '2526', { MathGrade: grade });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'MathGrade', value: grade });
  });
  it('not returned: nothing to check', () => expect(learnerFindings(MathGrade_02, '2526', {})).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['Validate_Error: QQ', 'QQ', 1],
    ['Validate_NoError: NONE', 'NONE', 0],
    ['Validate_NoError: AB', 'AB', 0],
    ['Validate_NoError: ab', 'ab', 0],
    ['EngGradeSuppliedAndNotNone_False: none', 'none', 0],
    ['EngGradeConditionMet (a GCSE grade): A*A', 'A*A', 0],
  ])('%s', (_n, grade, expected) => expect(learnerFindings(MathGrade_02, '2021', { MathGrade: grade })).toHaveLength(expected));
});
