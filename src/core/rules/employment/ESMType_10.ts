import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { empStatIs, monitoringsOfType, statuses } from './employment-shared';

/**
 * ESMType_10 (error): a status "not in paid employment" (EmpStat 11 or 12) must not have a length of employment (LOE).
 * Reported at each LOE monitoring, with the status's EmpStat marked too. Same in ESFA's 2020-21 service.
 */
export const ESMType_10: LearnerRule = {
  ...officialMeta('ESMType_10', { entity: 'EmploymentStatusMonitoring', fields: ['EmpStat', 'ESMType'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      if (!empStatIs(s, [11, 12])) continue;
      for (const m of monitoringsOfType(s, 'LOE')) ctx.report(m, 'ESMType', { related: [{ record: s, field: 'EmpStat' }] });
    }
  },
};
