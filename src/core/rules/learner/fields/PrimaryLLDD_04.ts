import { int, text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isUndeclaredCategory, llddRecords } from './fields-shared';

/**
 * PrimaryLLDD_04 (error): a learner with exactly one LLDDandHealthProblem record must have PrimaryLLDD recorded on it.
 * Decision: as ESFA's 2020-21 service does, for a learner with LLDDHealthProb 1, and not when the one record is of
 * category 98 or 99 (the specification says PrimaryLLDD is not returned with them). Same in every year.
 */
export const PrimaryLLDD_04: LearnerRule = {
  ...officialMeta('PrimaryLLDD_04', { entity: 'LLDDandHealthProblem', fields: ['LLDDHealthProb', 'LLDDCat', 'PrimaryLLDD'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const recs = llddRecords(learner);
    if (int(learner, 'LLDDHealthProb') !== 1 || recs.length !== 1) return;
    const rec = recs[0]!;
    if (!isUndeclaredCategory(rec) && text(rec, 'PrimaryLLDD') === undefined) ctx.report(rec, 'PrimaryLLDD');
  },
};
