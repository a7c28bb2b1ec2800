import { date, int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { anyAimFunded, monitoringsOfType, statuses } from './employment-shared';

/**
 * ESMType_08 (error): a status "not in paid employment and looking for work" (EmpStat 11) applying on or after
 * 1 August 2012 must have a length of unemployment (LOU). Reported at the EmpStat.
 * Exclusion "Employment status records that apply to 16-19 (FundModel 25, 82) or Skills Bootcamp (37) aims": read as
 * ESFA's 2020-21 service reads it (the learner has such an aim; the statuses of 16-19 learners are not all tied to an
 * aim's start). 2020-21: the same (FundModel 37 did not exist then, so the list adds nothing there).
 */
export const ESMType_08: LearnerRule = {
  ...officialMeta('ESMType_08', { entity: 'LearnerEmploymentStatus', fields: ['DateEmpStatApp', 'EmpStat', 'ESMType', 'FundModel'], group: 'employment' }),
  scope: 'learner',
  check(learner, ctx) {
    if (anyAimFunded(learner, [25, 82, 37])) return;
    for (const s of statuses(learner)) {
      const d = date(s, 'DateEmpStatApp');
      if (d === undefined || d < '2012-08-01' || int(s, 'EmpStat') !== 11) continue;
      if (monitoringsOfType(s, 'LOU').length === 0) ctx.report(s, 'EmpStat');
    }
  },
};
