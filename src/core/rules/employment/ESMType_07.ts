import { int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { monitoringsOfType, statuses } from './employment-shared';

/**
 * ESMType_07 (error): a status with the self-employment indicator (an SEI monitoring) must be "in paid employment"
 * (EmpStat 10). Reported at the EmpStat, with the SEI monitoring marked too. A blank EmpStat is FD_EmpStat's to report.
 * Same in ESFA's 2020-21 service (SEI has the one code, 1).
 */
export const ESMType_07: LearnerRule = {
  ...officialMeta('ESMType_07', { entity: 'LearnerEmploymentStatus', fields: ['EmpStat', 'ESMType'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      const emp = int(s, 'EmpStat');
      if (emp === undefined || emp === 10) continue;
      const sei = monitoringsOfType(s, 'SEI');
      if (sei.length > 0) ctx.report(s, 'EmpStat', { related: sei.map((m) => ({ record: m, field: 'ESMType' })) });
    }
  },
};
