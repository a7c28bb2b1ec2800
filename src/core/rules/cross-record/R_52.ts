import { deliveries, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { codeKey, famType, groupBy, reportDuplicates } from './cross-shared';

/** The FAM types that may repeat with the same code (dated records): excluded. */
const EXCLUDED = new Set(['LSF', 'ACT', 'ALB']);

/**
 * R_52 (error): a learning aim must not have two LearningDeliveryFAM records with the same LearnDelFAMType and
 * LearnDelFAMCode, LSF, ACT and ALB records apart (they are dated and may repeat). Every copy is reported at its
 * LearnDelFAMCode, the others as `related` (type case-insensitive, "034" = "34").
 */
export const R_52: LearnerRule = {
  ...officialMeta('R_52', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMCode'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const fams = kids(aim, 'LearningDeliveryFAM');
      if (fams.length < 2) continue;
      const groups = groupBy(
        fams.map((record) => ({ record, aim })),
        (h) => {
          const t = famType(h.record);
          const c = codeKey(text(h.record, 'LearnDelFAMCode'));
          return t === undefined || c === undefined || EXCLUDED.has(t) ? undefined : `${t}|${c}`;
        },
      );
      reportDuplicates(ctx, groups, 'LearnDelFAMCode');
    }
  },
};
