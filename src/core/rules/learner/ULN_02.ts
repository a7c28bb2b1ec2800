import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { fundModel, hasDeliveryFam } from '../derived/aims';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_02 (warning): the temporary ULN 9999999999 should not be used for a non-funded, community learning or Tailored
 * Learning aim (FundModel 99, 10, 11), unless the aim is OfS funded (SOF = 1).
 * 2020-21: ESFA's service checks FundModel 99 and 10; FundModel 11 did not exist then, so the same set serves both years.
 */
const FUND_MODELS = new Set([99, 10, 11]);

export const ULN_02: LearnerRule = {
  ...officialMeta('ULN_02', { entity: 'Learner', fields: ['ULN', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'ULN' }),
  scope: 'learner',
  check(learner, ctx) {
    if (!hasTemporaryUln(learner)) return;
    const aim = deliveries(learner).find((a) => FUND_MODELS.has(fundModel(a) ?? -1) && !hasDeliveryFam(a, 'SOF', '1'));
    if (aim) reportUln(ctx, learner, aim);
  },
};
