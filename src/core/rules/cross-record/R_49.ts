import { kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { groupBy, reportDuplicates } from './cross-shared';

/**
 * R_49 (error): a learner must not have two ProviderSpecLearnerMonitoring records with the same occurrence code
 * (ProvSpecLearnMonOccur, compared case-insensitively as ESFA's 2020-21 service does). Every copy is reported, the
 * others as `related`.
 */
export const R_49: LearnerRule = {
  ...officialMeta('R_49', { entity: 'ProviderSpecLearnerMonitoring', fields: ['ProvSpecLearnMonOccur'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const recs = kids(learner, 'ProviderSpecLearnerMonitoring');
    if (recs.length < 2) return;
    reportDuplicates(ctx, groupBy(recs.map((record) => ({ record })), (h) => text(h.record, 'ProvSpecLearnMonOccur')?.trim().toUpperCase()), 'ProvSpecLearnMonOccur');
  },
};
