import { officialMeta } from '../../catalogue/official-meta';
import { date } from '../../../model/access';
import { validToRule } from '../../learner/code-lookup';

/**
 * ProgType_03 (error): a ProgType that is not a code of the year's ILR_ProgType list, or whose code ended ('Valid_To')
 * before the aim's LearnStartDate.
 *
 * Decision (2025-26): the product's 2025-26 ProgType list is the whole 2025-26 attribute table — 25, 30, 31, 32, 33 —
 * with the framework codes (2, 3, 20–23) and 24 (traineeships) removed for 2025-26 ("Do not migrate ProgType 2, 3, 20,
 * 21, 22, 23 as these have been removed for 25/26", Appendix B annex), so no learner of a 2025-26 file can still carry
 * them. A code missing from that list is therefore reported, as the 2020-21 service reported any code missing from its
 * lookup; no listed code has a 'Valid_To' date yet, and one added to the list is honoured (the start-date branch).
 * Earlier code-lookup.ts held ProgType_03 back because the list then lacked the removed codes' valid-to dates; the
 * shipped list's note now records that they were removed outright for 2025-26.
 * 2020-21: ESFA's service reported a code missing from its lookup; the product's 2020-21 list has no valid-to dates,
 * so the same definition gives the same verdicts.
 */
export const ProgType_03 = validToRule(
  officialMeta('ProgType_03', { entity: 'LearningDelivery', fields: ['ProgType', 'LearnStartDate'], group: 'codes' }),
  { records: ['LearningDelivery'], field: 'ProgType' },
  (_learner, held) => date(held.rec, 'LearnStartDate'),
  () => false,
  { unknown: true },
);
