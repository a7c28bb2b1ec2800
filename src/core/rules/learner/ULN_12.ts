import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { hasDeliveryFam } from '../derived/aims';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_12 (error): the temporary ULN must not be used for an apprenticeship funded through a contract for services with
 * the employer (an aim with ACT = 1). Same in ESFA's 2020-21 service.
 */
export const ULN_12: LearnerRule = {
  ...officialMeta('ULN_12', { entity: 'Learner', fields: ['ULN', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'ULN' }),
  scope: 'learner',
  check(learner, ctx) {
    if (!hasTemporaryUln(learner)) return;
    const aim = deliveries(learner).find((a) => hasDeliveryFam(a, 'ACT', '1'));
    if (aim) reportUln(ctx, learner, aim);
  },
};
