import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isPostcodeFormat } from './fields-shared';

/**
 * PostcodePrior_02 (error): a returned PostcodePrior (postcode prior to enrolment) must have the postcode format (fields-shared.ts, isPostcodeFormat): 1 or 2
 * capital letters, then 1 or 2 numbers or a number and a capital letter; a space; a number and two capital letters
 * other than C, I, K, M, O and V. The temporary postcode ZZ99 9ZZ has the format. Same in ESFA's 2020-21 service.
 */
export const PostcodePrior_02: LearnerRule = {
  ...officialMeta('PostcodePrior_02', { entity: 'Learner', fields: ['PostcodePrior'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const pc = text(learner, 'PostcodePrior');
    if (pc !== undefined && !isPostcodeFormat(pc)) ctx.report(learner, 'PostcodePrior');
  },
};
