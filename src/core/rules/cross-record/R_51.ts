import { kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { codeKey, groupBy, reportDuplicates } from './cross-shared';

/**
 * R_51 (error): a learner must not have two LearnerFAM records with the same LearnFAMType and LearnFAMCode. Every copy
 * is reported at its LearnFAMCode, the others as `related` (type case-insensitive, code compared as a number, as ESFA's
 * 2020-21 service reads it).
 */
export const R_51: LearnerRule = {
  ...officialMeta('R_51', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const recs = kids(learner, 'LearnerFAM');
    if (recs.length < 2) return;
    const key = (h: { record: (typeof recs)[number] }): string | undefined => {
      const t = text(h.record, 'LearnFAMType')?.trim().toUpperCase();
      const c = codeKey(text(h.record, 'LearnFAMCode'));
      return t === undefined || c === undefined ? undefined : `${t}|${c}`;
    };
    reportDuplicates(ctx, groupBy(recs.map((record) => ({ record })), key), 'LearnFAMCode');
  },
};
