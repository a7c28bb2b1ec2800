import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { monitoringsOfType, statuses } from './employment-shared';

/**
 * ESMType_05 (error): a status "in paid employment" (EmpStat 10) must not have a length of unemployment (LOU)
 * monitoring. Reported at each LOU monitoring, with the status's EmpStat marked too. Same in ESFA's 2020-21 service.
 */
export const ESMType_05: LearnerRule = {
  ...officialMeta('ESMType_05', { entity: 'EmploymentStatusMonitoring', fields: ['EmpStat', 'ESMType'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      if (int(s, 'EmpStat') !== 10) continue;
      for (const m of monitoringsOfType(s, 'LOU')) ctx.report(m, 'ESMType', { related: [{ record: s, field: 'EmpStat' }] });
    }
  },
};
