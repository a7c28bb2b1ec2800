import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isGcseGradeOrNone } from './fields-shared';

/**
 * EngGrade_02 (error): a returned EngGrade must be "NONE" or a GCSE grade of Appendix Q Annex 1 (column F).
 * Decision: Appendix Q Annex 1 is not shipped; the grade is checked against the format of the GCSE grades of the
 * Learning Outcome Grade code list (fields-shared.ts, isGcseGradeOrNone): A*, A–G, N, U, X, Y, 9–1, double awards
 * (A*A*, …, GG; 9-9, …, 1-1), in any case as ESFA's service compares grades. ESFA's 2020-21 service looks the grade up in its GCSE
 * grade list (reference data not published): no variant.
 */
export const EngGrade_02: LearnerRule = {
  ...officialMeta('EngGrade_02', { entity: 'Learner', fields: ['EngGrade'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const grade = text(learner, 'EngGrade');
    if (grade !== undefined && !isGcseGradeOrNone(grade)) ctx.report(learner, 'EngGrade');
  },
};
