import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { daysSinceStart, hasDeliveryFam, plannedOrActualAtLeast } from '../derived/aims';
import { filePreparationDate, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { fundedAim } from './ULN_06';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_07 (error): on or after 1 January of the teaching year (file preparation date), the temporary ULN must not be
 * used for an agency-funded aim (FundModel 25, 82, 35, 37, 38, 36, 81, 70, or 99 with ADL = 1) whose planned or actual
 * duration is 5 days or more and that started more than 60 days before the file preparation date.
 * Not for OLASS aims (LDM = 034) or levy-funded apprenticeships (ACT = 1).
 * 2020-21 (variant): ESFA's 2020-21 service uses FundModel 25, 35, 36, 70, 81, 82, and it walks the aims in file order
 * and stops at the first aim with LDM = 034 or ACT = 1, so such an aim also hides the aims after it. Both are followed
 * for 2020-21; from 2021-22 on, an excluded aim is simply skipped, as the 2025-26 text says.
 */
const FUND_MODELS = new Set([25, 82, 35, 37, 38, 36, 81, 70]);
const FUND_MODELS_2021 = new Set([25, 35, 36, 70, 81, 82]);

export const ULN_07: LearnerRule = {
  ...officialMeta('ULN_07', {
    entity: 'Learner',
    fields: ['ULN', 'FundModel', 'LearnStartDate', 'LearnPlanEndDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'ULN',
  }),
  scope: 'learner',
  check: uln07(FUND_MODELS, false),
  variants: [
    {
      years: { to: '2021' },
      check: uln07(FUND_MODELS_2021, true),
      why: "ESFA's 2020-21 service counts FundModel 25, 35, 36, 70, 81 and 82, and stops at the first aim with LDM 034 or ACT 1 (hiding the aims after it).",
    },
  ],
};

/** The check: aims of `models`; `stopAtExcluded` ends the walk at an excluded aim instead of skipping it. */
function uln07(models: ReadonlySet<number>, stopAtExcluded: boolean): LearnerRule['check'] {
  return (learner, ctx) => {
    if (!hasTemporaryUln(learner)) return;
    const fpd = filePreparationDate(ctx);
    if (fpd < januaryFirst(ctx.year)) return;
    for (const a of deliveries(learner)) {
      if (hasDeliveryFam(a, 'LDM', '034') || hasDeliveryFam(a, 'ACT', '1')) {
        if (stopAtExcluded) return;
        continue;
      }
      const since = daysSinceStart(a, fpd);
      if (fundedAim(a, models) && plannedOrActualAtLeast(a, 5) && since !== undefined && since > 60) {
        reportUln(ctx, learner, a);
        return;
      }
    }
  };
}
