import { int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { earliestStart } from '../../derived/earliest-start';
import type { LearnerRule } from '../../types';
import { isPrimaryLldd, isUndeclaredCategory, llddRecords } from './fields-shared';

/**
 * PrimaryLLDD_01 (error): when the earliest learning start date (DD06) is on or after 1 August 2015, one of the
 * learner's LLDDandHealthProblem records must have PrimaryLLDD 1.
 * Decision: read literally ("error where there is no record … where PrimaryLLDD = 1") the rule would fire for every
 * learner without LLDD records. As ESFA's 2020-21 service does, it applies to a learner with LLDDHealthProb 1 who has
 * LLDD records, not all of category 98 or 99 (for which the specification says PrimaryLLDD is not returned). Same in
 * every year. Reported at the first record's PrimaryLLDD, with the others.
 */
export const PrimaryLLDD_01: LearnerRule = {
  ...officialMeta('PrimaryLLDD_01', { entity: 'LLDDandHealthProblem', fields: ['LLDDHealthProb', 'LLDDCat', 'PrimaryLLDD', 'LearnStartDate'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    if (int(learner, 'LLDDHealthProb') !== 1) return;
    const recs = llddRecords(learner);
    if (recs.length === 0 || recs.every(isUndeclaredCategory) || recs.some(isPrimaryLldd)) return;
    const start = earliestStart(learner, ctx);
    if (start === undefined || start < '2015-08-01') return;
    ctx.report(recs[0]!, 'PrimaryLLDD', { related: recs.slice(1).map((record) => ({ record, field: 'PrimaryLLDD' })) });
  },
};
