import { deliveries, int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';

/**
 * AimSeqNumber_02 (error): an aim's AimSeqNumber must not be greater than the number of the learner's aims.
 * Reported on each such aim, at its AimSeqNumber cell (as ESFA's 2020-21 service does). A number that is not a whole
 * number is FD_AimSeqNumber_DT's to report.
 */
export const AimSeqNumber_02: LearnerRule = {
  ...officialMeta('AimSeqNumber_02', { entity: 'LearningDelivery', fields: ['AimSeqNumber'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    for (const a of aims) {
      const n = int(a, 'AimSeqNumber');
      if (n === undefined || n <= aims.length) continue;
      ctx.report(a, 'AimSeqNumber');
    }
  },
};
