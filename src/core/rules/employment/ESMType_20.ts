import type { IlrRecord } from '../../model/record';
import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { monitoringsOfType, statuses } from './employment-shared';

/**
 * ESMType_20 (error): an employment status must not have the same other employment type code (OET) more than once.
 * Reported at each repeat, with the first marked too. Not in 2020-21.
 */
export const ESMType_20: LearnerRule = {
  ...officialMeta('ESMType_20', { entity: 'EmploymentStatusMonitoring', fields: ['ESMType', 'ESMCode'], group: 'employment', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const s of statuses(learner)) {
      const first = new Map<string, IlrRecord>();
      for (const m of monitoringsOfType(s, 'OET')) {
        const raw = text(m, 'ESMCode')?.trim();
        if (raw === undefined) continue;
        const code = /^\d+$/.test(raw) ? String(Number(raw)) : raw;
        const earlier = first.get(code);
        if (earlier) ctx.report(m, 'ESMCode', { related: [{ record: earlier, field: 'ESMCode' }] });
        else first.set(code, m);
      }
    }
  },
};
