import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { bootcampStarts, conRef, isProgrammeAim, progType } from './cross-shared';

/**
 * R_144 (error): a Skills Bootcamp programme aim (AimType 1, ProgType 32) started on or after 1 August 2023 must not have
 * an AchDate before the earliest LearnStartDate of the learner's bootcamp programme aims with the same ConRefNumber.
 * Reported at the AchDate, that earliest programme aim's LearnStartDate as `related`. (The official message is R_143's;
 * it is kept as published.) New in 2021-22.
 */
export const R_144: LearnerRule = {
  ...officialMeta('R_144', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'LearnStartDate', 'AchDate', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    let starts: ReturnType<typeof bootcampStarts> | undefined;
    for (const a of deliveries(learner)) {
      if (!isProgrammeAim(a) || progType(a) !== 32) continue;
      const ach = date(a, 'AchDate');
      const start = date(a, 'LearnStartDate');
      if (ach === undefined || start === undefined || start < '2023-08-01') continue;
      starts ??= bootcampStarts(learner);
      const first = starts.get(conRef(a));
      if (first && ach < first.start) ctx.report(a, 'AchDate', { related: [{ record: first.aim, field: 'LearnStartDate' }] });
    }
  },
};
