import { EngGrade_03 } from './EngGrade_03';
import { learnerFams, learnerFindings } from './fields-testing';

type Case = [string, string, [string, string][], number];

describe('EngGrade_03: a GCSE English grade of D/3 or below needs LearnerFAM EDF 2', () => {
  it.each([
    ['D, no EDF', 'D', [], 1],
    ['3, no EDF', '3', [], 1],
    ['U, EDF 1 only (maths)', 'U', [['EDF', '1']], 1],
    ['GG, EDF 2', 'GG', [['EDF', '2']], 0],
    ['C (above D)', 'C', [], 0],
    ['4 (above 3)', '4', [], 0],
    ['NONE', 'NONE', [], 0],
    ['d (not a listed grade as written)', 'd', [], 0],
  ] as Case[])('%s', (_n, grade, fams, expected) => {
    const f = learnerFindings(EngGrade_03, '2526', { EngGrade: grade, LearnerFAM: learnerFams(...fams) });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'EngGrade', value: grade });
  });
  it('no grade: nothing to check', () => expect(learnerFindings(EngGrade_03, '2526', {})).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<Case>([
    ...['D', 'DD', 'DE', 'E', 'EE', 'EF', 'F', 'FF', 'FG', 'G', 'GG', 'N', 'U', '3', '2', '1'].map((g): Case => [`InvalidItemRaisesValidationMessage: ${g}`, g, [], 1]),
    ...['D', 'G', '1'].map((g): Case => [`ValidItemDoesNotRaiseValidationMessage: ${g} with EDF 2`, g, [['EDF', '2']], 0]),
    ['ValidItemDoesNotRaiseValidationMessage: A*', 'A*', [], 0],
  ])('%s', (_n, grade, fams, expected) =>
    expect(learnerFindings(EngGrade_03, '2021', { EngGrade: grade, LearnerFAM: learnerFams(...fams) })).toHaveLength(expected));
});
