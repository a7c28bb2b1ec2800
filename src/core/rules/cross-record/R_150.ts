import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRefIn, BOOTCAMP_EVENT_AIMS, bootcampStarts, conRef } from './cross-shared';

/**
 * R_150 (error): for a Skills Bootcamp whose programme aims (AimType 1, ProgType 32) of a ConRefNumber first started from
 * 1 August 2024 to 31 July 2025, an event aim (LearnAimRef Z0059747, Z0059748, Z0059749, Z0060439, Z0009541,
 * Z0060440–Z0060443) of that ConRefNumber must not start before that earliest programme start. Each such event aim is
 * reported at its LearnStartDate, the earliest programme aim's LearnStartDate as `related`. New in 2021-22.
 */
export const R_150: LearnerRule = {
  ...officialMeta('R_150', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'LearnStartDate', 'AimType', 'ProgType', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const events = deliveries(learner).filter((a) => aimRefIn(a, BOOTCAMP_EVENT_AIMS));
    if (events.length === 0) return;
    const starts = bootcampStarts(learner);
    for (const e of events) {
      const first = starts.get(conRef(e));
      const s = date(e, 'LearnStartDate');
      if (!first || s === undefined || first.start < '2024-08-01' || first.start > '2025-07-31') continue;
      if (s < first.start) ctx.report(e, 'LearnStartDate', { related: [{ record: first.aim, field: 'LearnStartDate' }] });
    }
  },
};
