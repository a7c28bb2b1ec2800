import { officialMeta } from '../catalogue/official-meta';
import { earliestStart } from '../derived/earliest-start';
import type { LearnerRule } from '../types';
import { validToRule } from './code-lookup';

/**
 * LLDDCat_02 (error): the learner's earliest learning start date (DD06) must not be after the "valid to" date of an
 * LLDD category returned (e.g. categories 1-3 closed on 2015-07-31). An unknown category is LLDDCat_01's to report.
 * 2020-21 (variant): ESFA's 2020-21 service fires when a known category is not current on DD06, so a date before the
 * category's "valid from" date fires too. (The 2020-21 lookups shipped, from ESFA's Learner Entry Tool, carry no
 * validity dates, so in practice the rule finds nothing in 2020-21.)
 */
const meta = officialMeta('LLDDCat_02', { entity: 'LLDDandHealthProblem', fields: ['LLDDCat', 'LearnStartDate'], group: 'codes' });
const target = { records: ['LLDDandHealthProblem'], field: 'LLDDCat' };
const rule = validToRule(meta, target, (learner, _rec, ctx) => earliestStart(learner, ctx));
const rule2021 = validToRule(meta, target, (learner, _rec, ctx) => earliestStart(learner, ctx), undefined, { validFrom: true });

export const LLDDCat_02: LearnerRule = {
  ...rule,
  variants: [
    {
      years: { to: '2021' },
      check: rule2021.check,
      why: "ESFA's 2020-21 service reports a category that is not current on the earliest start date: before its valid-from date as well as after its valid-to date.",
    },
  ],
};
