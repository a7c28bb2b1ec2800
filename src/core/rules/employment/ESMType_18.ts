import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { monitoringsWith, statuses } from './employment-shared';

/**
 * ESMType_18 (error): a status "in paid employment" (EmpStat 10) must not have the other employment type "made
 * redundant" (OET 1). Reported at the OET monitoring's code, with the EmpStat marked too. Not in 2020-21.
 */
export const ESMType_18: LearnerRule = {
  ...officialMeta('ESMType_18', { entity: 'EmploymentStatusMonitoring', fields: ['EmpStat', 'ESMType', 'ESMCode'], group: 'employment', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      if (int(s, 'EmpStat') !== 10) continue;
      for (const m of monitoringsWith(s, 'OET', [1])) ctx.report(m, 'ESMCode', { related: [{ record: s, field: 'EmpStat' }] });
    }
  },
};
