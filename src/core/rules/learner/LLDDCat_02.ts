import { officialMeta } from '../catalogue/official-meta';
import { earliestStart } from '../derived/earliest-start';
import { validToRule } from './code-lookup';

/**
 * LLDDCat_02 (error): the learner's earliest learning start date (DD06) must not be after the "valid to" date of an
 * LLDD category returned (e.g. categories 1-3 closed on 2015-07-31). An unknown category is LLDDCat_01's to report.
 */
export const LLDDCat_02 = validToRule(
  officialMeta('LLDDCat_02', { entity: 'LLDDandHealthProblem', fields: ['LLDDCat', 'LearnStartDate'], group: 'codes' }),
  { records: ['LLDDandHealthProblem'], field: 'LLDDCat' },
  (learner, _rec, ctx) => earliestStart(learner, ctx),
);
