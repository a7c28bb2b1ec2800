import { officialMeta } from '../../catalogue/official-meta';
import { lookupRule } from '../../learner/code-lookup';

/**
 * OutGrade_01 (error): if returned, the Outcome grade must be a code of the year's Outcome grade list (Appendix Q).
 * Decision: the check is the shared lookup (learner/code-lookup.ts) against the year's own list. For 2020-21 that is
 * the full 2020-21 enumeration (ESFA's 2020-21 service checks the same lookup). The 2025-26 list in assets/codes only
 * describes the grades' format (its enumeration, by LARS aim type, is not published in full), so the lookup
 * machinery raises no error from it: a grade missing from a list that does not enumerate its codes may be valid, and
 * the 2020-21 enumeration is not borrowed (grades change from year to year).
 */
export const OutGrade_01 = lookupRule(
  officialMeta('OutGrade_01', { entity: 'LearningDelivery', fields: ['OutGrade'], group: 'codes' }),
  { records: ['LearningDelivery'], field: 'OutGrade' },
);
