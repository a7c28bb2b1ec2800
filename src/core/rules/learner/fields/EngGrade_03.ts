import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam, LOW_GCSE_GRADES } from './fields-shared';

/** EngGrade_03 (error): a GCSE English grade of D or below / 3 or below needs a LearnerFAM EDF 2. Same in ESFA's 2020-21 service. */
export const EngGrade_03: LearnerRule = {
  ...officialMeta('EngGrade_03', { entity: 'Learner', fields: ['EngGrade', 'LearnFAMType', 'LearnFAMCode'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const grade = text(learner, 'EngGrade');
    if (grade !== undefined && LOW_GCSE_GRADES.has(grade) && !hasLearnerFam(learner, 'EDF', ['2'])) ctx.report(learner, 'EngGrade');
  },
};
