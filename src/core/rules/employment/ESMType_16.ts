import { deliveries, int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { empStatIs, monitoringsWith, statuses } from './employment-shared';

/**
 * ESMType_16 (error): for a learner on an apprenticeship standard (an aim with ProgType 25), an employment status with
 * the small employer indicator (SEM 1) must not be "not in paid employment" (EmpStat 11 or 12). The text does not tie
 * the status to the aim; as ESFA's 2020-21 service reads it, any ProgType 25 aim of the learner and any such status.
 * Reported at the EmpStat, with the SEM monitoring and the aim's ProgType marked too. Same in 2020-21.
 */
export const ESMType_16: LearnerRule = {
  ...officialMeta('ESMType_16', { entity: 'LearnerEmploymentStatus', fields: ['ProgType', 'EmpStat', 'ESMType', 'ESMCode'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    const standard = deliveries(learner).find((a) => int(a, 'ProgType') === 25);
    if (!standard) return;
    for (const s of statuses(learner)) {
      if (!empStatIs(s, [11, 12])) continue;
      const sem = monitoringsWith(s, 'SEM', [1]);
      if (sem.length === 0) continue;
      ctx.report(s, 'EmpStat', {
        related: [...sem.map((m) => ({ record: m, field: 'ESMCode' })), { record: standard, field: 'ProgType' }],
      });
    }
  },
};
