import { date, deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { aimFams, famsByDateFrom } from './cross-shared';

/** Reports an aim's ACT records that overlap the next one; false when the aim has fewer than two ACT records. */
function checkAim(aim: IlrRecord, ctx: RuleContext): boolean {
  const acts = aimFams(aim, 'ACT');
  if (acts.length < 2) return false;
  const sorted = famsByDateFrom(acts);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const earlier = sorted[i]!;
    const later = sorted[i + 1]!;
    const to = date(earlier, 'LearnDelFAMDateTo');
    const from = date(later, 'LearnDelFAMDateFrom');
    if (to === undefined || (from !== undefined && to >= from)) {
      ctx.report(earlier, 'LearnDelFAMDateTo', { aim, related: [{ record: later, field: 'LearnDelFAMDateFrom', aim }] });
    }
  }
  return true;
}

/**
 * R_101 (error): an aim's ACT records must not overlap: taken by LearnDelFAMDateFrom, each ACT but the last must have a
 * LearnDelFAMDateTo before the next one's LearnDelFAMDateFrom. The earlier record is reported at its LearnDelFAMDateTo
 * (the value to correct, or to return), the next record's LearnDelFAMDateFrom as `related`.
 * 2020-21 (ESFA's 2020-21 service, R101Rule): the same per aim, but its loop stops at the first aim with fewer than two
 * ACT records, so later aims are not checked; the variant does the same.
 */
export const R_101: LearnerRule = {
  ...officialMeta('R_101', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) checkAim(aim, ctx);
  },
  variants: [
    {
      years: { to: '2021' },
      check(learner, ctx) {
        for (const aim of deliveries(learner)) if (!checkAim(aim, ctx)) return;
      },
      why: "ESFA's 2020-21 service stops at the first aim with fewer than two ACT records (a return inside its loop of aims).",
    },
  ],
};
