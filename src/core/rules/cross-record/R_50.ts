import { deliveries, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { groupBy, reportDuplicates } from './cross-shared';

/**
 * R_50 (error): a learning aim must not have two ProviderSpecDeliveryMonitoring records with the same occurrence code
 * (ProvSpecDelMonOccur). The 2025-26 error condition names the learner monitoring field (copied from R_49); the rule
 * is about the delivery monitoring records, aim by aim, as its message and ESFA's 2020-21 service have it (an A on each
 * of two aims is fine). Compared case-insensitively; every copy reported, the others as `related`.
 */
export const R_50: LearnerRule = {
  ...officialMeta('R_50', { entity: 'ProviderSpecDeliveryMonitoring', fields: ['ProvSpecDelMonOccur'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const recs = kids(aim, 'ProviderSpecDeliveryMonitoring');
      if (recs.length < 2) continue;
      reportDuplicates(ctx, groupBy(recs.map((record) => ({ record, aim })), (h) => text(h.record, 'ProvSpecDelMonOccur')?.trim().toUpperCase()), 'ProvSpecDelMonOccur');
    }
  },
};
