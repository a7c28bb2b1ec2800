import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';

/**
 * NINumber_01 (error): a returned NI number must be two letters, six digits and a suffix: the first letter not D, F,
 * I, Q, U or V; the second not D, F, I, O, Q, U or V; characters 3 to 8 digits; character 9 A, B, C, D or a space.
 * Letters in upper case (the specification's format XXnnnnnnX; ESFA's service, too, takes upper case only). Spaces
 * around the value are ignored, so a value of eight characters is one whose ninth is a space. A temporary number
 * ("TN", date of birth, M or F) fails on its ninth character. The same in 2020-21 (ESFA's pattern is this one).
 */
export const NI_NUMBER = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]?$/;

export const NINumber_01: LearnerRule = {
  ...officialMeta('NINumber_01', { entity: 'Learner', fields: ['NINumber'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    const ni = text(learner, 'NINumber');
    if (ni !== undefined && !NI_NUMBER.test(ni.trim())) ctx.report(learner, 'NINumber');
  },
};
