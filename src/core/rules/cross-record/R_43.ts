import { date, kids } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { groupBy, reportDuplicates } from './cross-shared';

/**
 * R_43 (error): a learner must not have two LearnerEmploymentStatus records with the same DateEmpStatApp. Every record
 * of a repeated date is reported at its DateEmpStatApp, the others as `related`. (The 2025-26 DetailedDescription is
 * blank; its Description says this. ESFA's 2020-21 service reports once per repeated date; the condition is the same.)
 */
export const R_43: LearnerRule = {
  ...officialMeta('R_43', { entity: 'LearnerEmploymentStatus', fields: ['DateEmpStatApp'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const statuses = kids(learner, 'LearnerEmploymentStatus');
    if (statuses.length < 2) return;
    reportDuplicates(ctx, groupBy(statuses.map((record) => ({ record })), (h) => date(h.record, 'DateEmpStatApp')), 'DateEmpStatApp');
  },
};
