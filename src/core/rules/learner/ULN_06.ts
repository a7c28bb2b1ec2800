import { deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { daysSinceStart, fundModel, hasDeliveryFam, plannedOrActualAtLeast } from '../derived/aims';
import { filePreparationDate, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_06 (warning): on or after 1 January of the teaching year (file preparation date), the temporary ULN should not be
 * used for a funded aim (FundModel 25, 82, 35, 37, 38, 36, 81, or 99 with ADL = 1) whose planned or actual duration is
 * 5 days or more and that started 60 days or less before the file preparation date.
 * Not for OLASS aims (LDM = 034) or levy-funded apprenticeships (ACT = 1).
 * 2020-21 (variant): ESFA's 2020-21 service uses FundModel 25, 35, 36, 70, 81, 82 (70 = ESF, which had ended by 2025-26).
 */
const FUND_MODELS = new Set([25, 82, 35, 37, 38, 36, 81]);
const FUND_MODELS_2021 = new Set([25, 35, 36, 70, 81, 82]);

export function fundedAim(aim: IlrRecord, models: ReadonlySet<number>): boolean {
  const fm = fundModel(aim);
  return (fm !== undefined && models.has(fm)) || (fm === 99 && hasDeliveryFam(aim, 'ADL', '1'));
}

export const ULN_06: LearnerRule = {
  ...officialMeta('ULN_06', {
    entity: 'Learner',
    fields: ['ULN', 'FundModel', 'LearnStartDate', 'LearnPlanEndDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'ULN',
  }),
  scope: 'learner',
  check: uln06(FUND_MODELS),
  variants: [{ years: { to: '2021' }, check: uln06(FUND_MODELS_2021), why: "ESFA's 2020-21 service counts aims of FundModel 25, 35, 36, 70, 81 and 82." }],
};

function uln06(models: ReadonlySet<number>): LearnerRule['check'] {
  return (learner, ctx) => {
    if (!hasTemporaryUln(learner)) return;
    const fpd = filePreparationDate(ctx);
    if (fpd < januaryFirst(ctx.year)) return;
    const aim = deliveries(learner).find((a) => {
      if (hasDeliveryFam(a, 'LDM', '034') || hasDeliveryFam(a, 'ACT', '1')) return false;
      const since = daysSinceStart(a, fpd);
      return fundedAim(a, models) && plannedOrActualAtLeast(a, 5) && since !== undefined && since <= 60;
    });
    if (aim) reportUln(ctx, learner, aim);
  };
}
