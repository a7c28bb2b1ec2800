import { officialMeta } from '../catalogue/official-meta';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule } from '../types';
import { esmType, monitorings, statuses } from './employment-shared';

/**
 * ESMType_15 (error): an employment status must not have more than one monitoring of type SEI, EII, LOU, LOE, BSI, PEI
 * or SEM. Reported at each repeat, with the first of the type marked too. Same in ESFA's 2020-21 service (which
 * reports once per status, naming the repeated types).
 */
const ONCE = new Set(['SEI', 'EII', 'LOU', 'LOE', 'BSI', 'PEI', 'SEM']);

export const ESMType_15: LearnerRule = {
  ...officialMeta('ESMType_15', { entity: 'EmploymentStatusMonitoring', fields: ['ESMType'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      const first = new Map<string, IlrRecord>();
      for (const m of monitorings(s)) {
        const t = esmType(m);
        if (t === undefined || !ONCE.has(t)) continue;
        const earlier = first.get(t);
        if (earlier) ctx.report(m, 'ESMType', { related: [{ record: earlier, field: 'ESMType' }] });
        else first.set(t, m);
      }
    }
  },
};
