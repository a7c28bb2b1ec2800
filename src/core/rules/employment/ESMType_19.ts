import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { monitoringsWith, statuses } from './employment-shared';

/**
 * ESMType_19 (error): the other employment type "small or medium employer" (OET 2) needs the status to be "in paid
 * employment" (EmpStat 10): another EmpStat, or none, fires. Reported at the OET monitoring's code, with the EmpStat
 * marked too. Not in 2020-21.
 */
export const ESMType_19: LearnerRule = {
  ...officialMeta('ESMType_19', { entity: 'EmploymentStatusMonitoring', fields: ['EmpStat', 'ESMType', 'ESMCode'], group: 'employment', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      if (int(s, 'EmpStat') === 10) continue;
      for (const m of monitoringsWith(s, 'OET', [2])) ctx.report(m, 'ESMCode', { related: [{ record: s, field: 'EmpStat' }] });
    }
  },
};
