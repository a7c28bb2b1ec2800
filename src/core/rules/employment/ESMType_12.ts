import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { empStatIs, monitorings, esmType, statuses } from './employment-shared';

/**
 * ESMType_12 (error): a status "not in paid employment" (EmpStat 11 or 12) applying on or after 1 August 2013 must not
 * have an employment intensity (EII) or self-employment (SEI) indicator. Reported at each such monitoring, with the
 * status's EmpStat marked too. Same in ESFA's 2020-21 service (which reports once per status).
 */
export const ESMType_12: LearnerRule = {
  ...officialMeta('ESMType_12', { entity: 'EmploymentStatusMonitoring', fields: ['DateEmpStatApp', 'EmpStat', 'ESMType'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      const d = date(s, 'DateEmpStatApp');
      if (d === undefined || d < '2013-08-01' || !empStatIs(s, [11, 12])) continue;
      for (const m of monitorings(s)) {
        const t = esmType(m);
        if (t === 'EII' || t === 'SEI') ctx.report(m, 'ESMType', { related: [{ record: s, field: 'EmpStat' }] });
      }
    }
  },
};
