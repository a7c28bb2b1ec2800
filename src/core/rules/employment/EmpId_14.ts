import { deliveries, int, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { empStatIs, statuses } from './employment-shared';

/**
 * EmpId_14 (error): for a learner on an apprenticeship (an aim with ProgType 2, 3, 20–23 or 25), an employment status
 * "not in paid employment" (EmpStat 11 or 12) must not have an employer identifier. The text does not tie the status to
 * the aim; as ESFA's 2020-21 service reads it, any such aim of the learner and any such status. Reported at each such
 * EmpId, with the aim's ProgType marked too (ESFA's service reports the first such status once per aim). Same in 2020-21.
 */
const PROG_TYPES = [2, 3, 20, 21, 22, 23, 25];

export const EmpId_14: LearnerRule = {
  ...officialMeta('EmpId_14', { entity: 'LearnerEmploymentStatus', fields: ['ProgType', 'EmpStat', 'EmpId'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    const apprenticeship = deliveries(learner).find((a) => PROG_TYPES.includes(int(a, 'ProgType') ?? -1));
    if (!apprenticeship) return;
    for (const s of statuses(learner)) {
      if (empStatIs(s, [11, 12]) && text(s, 'EmpId') !== undefined) ctx.report(s, 'EmpId', { related: [{ record: apprenticeship, field: 'ProgType' }] });
    }
  },
};
