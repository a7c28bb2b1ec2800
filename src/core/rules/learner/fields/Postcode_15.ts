import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isPostcodeFormat } from './fields-shared';

/**
 * Postcode_15 (error): a returned Postcode must have the postcode format (fields-shared.ts, isPostcodeFormat): 1 or 2
 * capital letters, then 1 or 2 numbers or a number and a capital letter; a space; a number and two capital letters
 * other than C, I, K, M, O and V. The temporary postcode ZZ99 9ZZ has the format. Same in ESFA's 2020-21 service.
 */
export const Postcode_15: LearnerRule = {
  ...officialMeta('Postcode_15', { entity: 'Learner', fields: ['Postcode'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const pc = text(learner, 'Postcode');
    if (pc !== undefined && !isPostcodeFormat(pc)) ctx.report(learner, 'Postcode');
  },
};
