import { deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { daysSinceStart, fundModel, hasDeliveryFam, plannedOrActualAtLeast } from '../derived/aims';
import { filePreparationDate, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_10 (warning): on or after 1 January of the teaching year (file preparation date), the temporary ULN should not be
 * used for an OfS-funded aim (FundModel 99 and SOF = 1) whose planned or actual duration is 5 days or more and that
 * started 60 days or less before the file preparation date. Not for OLASS aims (LDM = 034).
 * 2020-21 (variant): ESFA's 2020-21 service fires when the aim started MORE than 60 days before the file preparation date
 * (the same window as ULN_11); that is followed for 2020-21. From 2021-22 on: 60 days or less, as the 2025-26 text says.
 */
export function ofsFunded(aim: IlrRecord): boolean {
  return fundModel(aim) === 99 && hasDeliveryFam(aim, 'SOF', '1');
}

export const ULN_10: LearnerRule = {
  ...officialMeta('ULN_10', {
    entity: 'Learner',
    fields: ['ULN', 'FundModel', 'LearnStartDate', 'LearnPlanEndDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'ULN',
  }),
  scope: 'learner',
  check: uln10((since) => since <= 60),
  variants: [
    { years: { to: '2021' }, check: uln10((since) => since > 60), why: "ESFA's 2020-21 service fires when the aim started more than 60 days before the file preparation date." },
  ],
};

/** The check, with the window (days from the aim's start to the file preparation date) that counts. */
function uln10(inWindow: (daysSinceStart: number) => boolean): LearnerRule['check'] {
  return (learner, ctx) => {
    if (!hasTemporaryUln(learner)) return;
    const fpd = filePreparationDate(ctx);
    if (fpd < januaryFirst(ctx.year)) return;
    const aim = deliveries(learner).find((a) => {
      if (hasDeliveryFam(a, 'LDM', '034') || !ofsFunded(a) || !plannedOrActualAtLeast(a, 5)) return false;
      const since = daysSinceStart(a, fpd);
      return since !== undefined && inWindow(since);
    });
    if (aim) reportUln(ctx, learner, aim);
  };
}
