import { date, deliveries, kids } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { groupBy, type Held, reportDuplicates } from './cross-shared';

/**
 * R_96 (error): a learner must not have two LearningDeliveryWorkPlacement records (on any of its aims) with the same
 * WorkPlaceStartDate. Every copy is reported at its WorkPlaceStartDate, the others (with their aims) as `related`.
 */
export const R_96: LearnerRule = {
  ...officialMeta('R_96', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceStartDate'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const all: Held[] = [];
    for (const aim of deliveries(learner)) for (const record of kids(aim, 'LearningDeliveryWorkPlacement')) all.push({ record, aim });
    if (all.length < 2) return;
    reportDuplicates(ctx, groupBy(all, (h) => date(h.record, 'WorkPlaceStartDate')), 'WorkPlaceStartDate');
  },
};
