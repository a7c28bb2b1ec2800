import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { fundModel, hasDeliveryFam } from '../derived/aims';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_02 (warning): the temporary ULN 9999999999 should not be used for a non-funded, community learning or Tailored
 * Learning aim (FundModel 99, 10, 11), unless the aim is OfS funded (SOF = 1).
 * 2020-21 (variant): ESFA's 2020-21 service checks FundModel 99 and 10 only (FundModel 11 did not exist then: a file
 * returning it fails FundModel_01, and ESFA's ULN_02 does not fire for it). Followed for 2020-21.
 */
const FUND_MODELS: ReadonlySet<number> = new Set([99, 10, 11]);
const FUND_MODELS_2021: ReadonlySet<number> = new Set([99, 10]);

function uln02(models: ReadonlySet<number>): LearnerRule['check'] {
  return (learner, ctx) => {
    if (!hasTemporaryUln(learner)) return;
    const aim = deliveries(learner).find((a) => models.has(fundModel(a) ?? -1) && !hasDeliveryFam(a, 'SOF', '1'));
    if (aim) reportUln(ctx, learner, aim);
  };
}

export const ULN_02: LearnerRule = {
  ...officialMeta('ULN_02', { entity: 'Learner', fields: ['ULN', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'ULN' }),
  scope: 'learner',
  check: uln02(FUND_MODELS),
  variants: [{ years: { to: '2021' }, check: uln02(FUND_MODELS_2021), why: "ESFA's 2020-21 service counts aims of FundModel 99 and 10 only (FundModel 11 came later)." }],
};
