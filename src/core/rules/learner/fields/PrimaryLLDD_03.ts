import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isPrimaryLldd, llddRecords } from './fields-shared';

/** PrimaryLLDD_03 (error): at most one LLDDandHealthProblem record may have PrimaryLLDD 1. Reported at the second, with the others. Same in ESFA's 2020-21 service. */
export const PrimaryLLDD_03: LearnerRule = {
  ...officialMeta('PrimaryLLDD_03', { entity: 'LLDDandHealthProblem', fields: ['PrimaryLLDD'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const primary = llddRecords(learner).filter(isPrimaryLldd);
    if (primary.length < 2) return;
    ctx.report(primary[1]!, 'PrimaryLLDD', { related: primary.filter((_, i) => i !== 1).map((record) => ({ record, field: 'PrimaryLLDD' })) });
  },
};
