import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isGcseGradeOrNone } from './fields-shared';

/**
 * MathGrade_02 (error): a returned MathGrade must be "NONE" or a GCSE grade of Appendix Q Annex 1 (column F).
 * Decision: Appendix Q Annex 1 is not shipped; the grade is checked against the format of the GCSE grades of the
 * Learning Outcome Grade code list (fields-shared.ts, isGcseGradeOrNone): A*, A–G, N, U, X, Y, 9–1, double awards
 * (A*A*, …, GG; 9-9, …, 1-1), in any case as ESFA's service compares grades. ESFA's 2020-21 service looks the grade up in its GCSE
 * grade list (reference data not published): no variant.
 */
export const MathGrade_02: LearnerRule = {
  ...officialMeta('MathGrade_02', { entity: 'Learner', fields: ['MathGrade'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const grade = text(learner, 'MathGrade');
    if (grade !== undefined && !isGcseGradeOrNone(grade)) ctx.report(learner, 'MathGrade');
  },
};
