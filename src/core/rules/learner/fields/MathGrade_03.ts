import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam, LOW_GCSE_GRADES } from './fields-shared';

/** MathGrade_03 (error): a GCSE maths grade of D or below / 3 or below needs a LearnerFAM EDF 1. Same in ESFA's 2020-21 service. */
export const MathGrade_03: LearnerRule = {
  ...officialMeta('MathGrade_03', { entity: 'Learner', fields: ['MathGrade', 'LearnFAMType', 'LearnFAMCode'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const grade = text(learner, 'MathGrade');
    if (grade !== undefined && LOW_GCSE_GRADES.has(grade) && !hasLearnerFam(learner, 'EDF', ['1'])) ctx.report(learner, 'MathGrade');
  },
};
