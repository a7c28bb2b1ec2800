import { deliveries, text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import type { LearnerRule } from '../../types';

/**
 * NINumber_02 (error): a learner on an apprenticeship funded through a contract for services with the employer (an aim
 * with ACT 1) must have an NI number. Reported once per learner, at the first such aim.
 */
export const NINumber_02: LearnerRule = {
  ...officialMeta('NINumber_02', { entity: 'Learner', fields: ['NINumber', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    if (text(learner, 'NINumber') !== undefined) return;
    const aim = deliveries(learner).find((a) => hasDeliveryFam(a, 'ACT', '1'));
    if (aim) ctx.report(learner, 'NINumber', { aim });
  },
};
