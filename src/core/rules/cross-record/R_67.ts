import { date, deliveries, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { groupBy, reportDuplicates } from './cross-shared';

/**
 * R_67 (error): a learning aim must not have two LearningDeliveryWorkPlacement records with the same
 * WorkPlaceStartDate and WorkPlaceEmpId (two without an employer ID count as the same, as in ESFA's 2020-21 service).
 * Every copy is reported at its WorkPlaceStartDate, the others as `related`.
 */
export const R_67: LearnerRule = {
  ...officialMeta('R_67', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceStartDate', 'WorkPlaceEmpId'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const recs = kids(aim, 'LearningDeliveryWorkPlacement');
      if (recs.length < 2) continue;
      const groups = groupBy(
        recs.map((record) => ({ record, aim })),
        (h) => {
          const d = date(h.record, 'WorkPlaceStartDate');
          return d === undefined ? undefined : `${d}|${text(h.record, 'WorkPlaceEmpId')?.trim() ?? ''}`;
        },
      );
      reportDuplicates(ctx, groups, 'WorkPlaceStartDate');
    }
  },
};
