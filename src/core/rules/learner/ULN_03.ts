import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { fundModel, learnerHasDeliveryFam } from '../derived/aims';
import { filePreparationDate, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_03 (warning): before 1 January of the teaching year (file preparation date), the temporary ULN should not be used,
 * for all learning, unless the learner has an apprenticeship funded by a contract with the employer (ACT = 1).
 * 2020-21 (variant): ESFA's 2020-21 service only fires when the learner has an aim with FundModel 25, 82, 35, 36, 81 or
 * 70. The 2025-26 text says "for all learning", so from 2021-22 on any aim counts.
 */
const FUND_MODELS_2021: ReadonlySet<number> = new Set([25, 82, 35, 36, 81, 70]);

/** The check, counting every aim, or only aims of `models`. */
function uln03(models?: ReadonlySet<number>): LearnerRule['check'] {
  return (learner, ctx) => {
    if (!hasTemporaryUln(learner)) return;
    if (!(filePreparationDate(ctx) < januaryFirst(ctx.year))) return;
    if (learnerHasDeliveryFam(learner, 'ACT', '1')) return;
    const aims = deliveries(learner);
    const aim = models ? aims.find((a) => models.has(fundModel(a) ?? -1)) : aims[0];
    if (aim) reportUln(ctx, learner, aim);
  };
}

export const ULN_03: LearnerRule = {
  ...officialMeta('ULN_03', { entity: 'Learner', fields: ['ULN', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'ULN' }),
  scope: 'learner',
  check: uln03(),
  variants: [
    {
      years: { to: '2021' },
      check: uln03(FUND_MODELS_2021),
      why: "ESFA's 2020-21 service fires only for a learner with an aim funded by FundModel 25, 82, 35, 36, 81 or 70.",
    },
  ],
};
