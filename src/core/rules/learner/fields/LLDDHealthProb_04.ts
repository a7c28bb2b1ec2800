import { int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { llddRecords } from './fields-shared';

/**
 * LLDDHealthProb_04 (error): a learner who does not consider themselves to have a learning difficulty, disability or
 * health problem (LLDDHealthProb 2) must have no LLDDandHealthProblem record. Reported at LLDDHealthProb, with the
 * records. Same in ESFA's 2020-21 service.
 */
export const LLDDHealthProb_04: LearnerRule = {
  ...officialMeta('LLDDHealthProb_04', { entity: 'Learner', fields: ['LLDDHealthProb', 'LLDDCat'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const recs = llddRecords(learner);
    if (int(learner, 'LLDDHealthProb') !== 2 || recs.length === 0) return;
    ctx.report(learner, 'LLDDHealthProb', { related: recs.map((record) => ({ record, field: 'LLDDCat' })) });
  },
};
