import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { hasDeliveryFam } from '../derived/aims';
import { filePreparationDate, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_09 (warning): on or after 1 January of the teaching year (file preparation date), the temporary ULN should not be
 * used for an OLASS offender in custody (an aim with LDM = 034). Same in ESFA's 2020-21 service.
 */
export const ULN_09: LearnerRule = {
  ...officialMeta('ULN_09', { entity: 'Learner', fields: ['ULN', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'ULN' }),
  scope: 'learner',
  check(learner, ctx) {
    if (!hasTemporaryUln(learner)) return;
    if (filePreparationDate(ctx) < januaryFirst(ctx.year)) return;
    const aim = deliveries(learner).find((a) => hasDeliveryFam(a, 'LDM', '034'));
    if (aim) reportUln(ctx, learner, aim);
  },
};
