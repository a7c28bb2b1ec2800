import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRefIn, BOOTCAMP_EVENT_AIMS, bootcampStarts, conRef, isComponentAim } from './cross-shared';

/**
 * R_154 (error): a Skills Bootcamp whose programme aims (AimType 1, ProgType 32) of a ConRefNumber first started on or
 * after 1 August 2025 must not have event aims: component aims (AimType 3) of that ConRefNumber with LearnAimRef
 * Z0059747, Z0059748, Z0059749, Z0060439, Z0009541, Z0060440–Z0060443 (the Event Indicator replaces them). Each is
 * reported at its LearnAimRef, the earliest programme aim's LearnStartDate as `related`. New in 2021-22.
 */
export const R_154: LearnerRule = {
  ...officialMeta('R_154', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'AimType', 'ProgType', 'LearnStartDate', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const events = deliveries(learner).filter((a) => isComponentAim(a) && aimRefIn(a, BOOTCAMP_EVENT_AIMS));
    if (events.length === 0) return;
    const starts = bootcampStarts(learner);
    for (const e of events) {
      const first = starts.get(conRef(e));
      if (first && first.start >= '2025-08-01') ctx.report(e, 'LearnAimRef', { related: [{ record: first.aim, field: 'LearnStartDate' }] });
    }
  },
};
