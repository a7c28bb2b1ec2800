import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam, isNone } from './fields-shared';

/**
 * MathGrade_04 (error): a learner exempt from or meeting the maths condition of funding (LearnerFAM MCF 2, 3 or 4)
 * must have MathGrade "NONE" (any case). A grade that is not returned is MathGrade_01's to report. Same in ESFA's
 * 2020-21 service.
 */
export const MathGrade_04: LearnerRule = {
  ...officialMeta('MathGrade_04', { entity: 'Learner', fields: ['MathGrade', 'LearnFAMType', 'LearnFAMCode'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const grade = text(learner, 'MathGrade');
    if (grade !== undefined && !isNone(grade) && hasLearnerFam(learner, 'MCF', ['2', '3', '4'])) ctx.report(learner, 'MathGrade');
  },
};
