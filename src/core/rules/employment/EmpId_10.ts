import { deliveries, int, text } from '../../model/access';
import { employmentAtStart } from '../derived/employment';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { isApprenticeshipProgramme } from './employment-shared';

/**
 * EmpId_10 (error): for an apprenticeship (DD07) programme aim (AimType 1), the employment status in force on its start
 * date, when "in paid employment" (EmpStat 10), must have an employer identifier. The DetailedDescription's first
 * sentence (EDS lookup) is a stray copy of EmpId_01 (ILR-FACTS) and is not checked. Reported at the status's EmpId, with
 * the aim's start marked too, once per aim (as ESFA's 2020-21 service, which reports on each aim). No status at the
 * start: EmpStat_09's. Same in 2020-21 (with that year's DD07).
 */
export const EmpId_10: LearnerRule = {
  ...officialMeta('EmpId_10', {
    entity: 'LearnerEmploymentStatus',
    fields: ['AimType', 'ProgType', 'LearnStartDate', 'DateEmpStatApp', 'EmpStat', 'EmpId'],
    group: 'employment',
  }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (!isApprenticeshipProgramme(aim, ctx)) continue;
      const s = employmentAtStart(learner, aim, ctx);
      if (!s || int(s, 'EmpStat') !== 10 || text(s, 'EmpId') !== undefined) continue;
      ctx.report(s, 'EmpId', { related: [{ record: aim, field: 'LearnStartDate' }] });
    }
  },
};
