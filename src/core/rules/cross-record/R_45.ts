import { kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { codeKey, groupBy, reportDuplicates } from './cross-shared';

/**
 * R_45 (error): a learner must not have two LLDDandHealthProblem records with the same LLDDCat. Every copy is reported
 * at its LLDDCat with the others as `related` (codes compared as numbers: "04" = "4").
 */
export const R_45: LearnerRule = {
  ...officialMeta('R_45', { entity: 'LLDDandHealthProblem', fields: ['LLDDCat'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const recs = kids(learner, 'LLDDandHealthProblem');
    if (recs.length < 2) return;
    reportDuplicates(ctx, groupBy(recs.map((record) => ({ record })), (h) => codeKey(text(h.record, 'LLDDCat'))), 'LLDDCat');
  },
};
