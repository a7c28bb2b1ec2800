import { deliveries, int, text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import type { LearnerRule } from '../../types';
import { allAimsClosed, isTLevel } from './fields-shared';

/**
 * PlanEEPHours_01 (error): a learner with a 16-19 funded aim (FundModel 25) must have planned employability,
 * enrichment and pastoral hours (PlanEEPHours). Not for apprenticeships (DD07), T Level programmes (FundModel 25,
 * ProgType 31), or when all aims are closed (LearnActEndDate known). Reported once, with the first such aim. Same in
 * ESFA's 2020-21 service (DD07 of the year: ProgType 25, and before 2025-26 the framework types too).
 */
export const PlanEEPHours_01: LearnerRule = {
  ...officialMeta('PlanEEPHours_01', { entity: 'Learner', fields: ['PlanEEPHours', 'FundModel', 'ProgType', 'LearnActEndDate'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    if (text(learner, 'PlanEEPHours') !== undefined || allAimsClosed(learner)) return;
    const aim = deliveries(learner).find((a) => int(a, 'FundModel') === 25 && !isApprenticeship(a, ctx.year) && !isTLevel(a));
    if (aim) ctx.report(learner, 'PlanEEPHours', { aim });
  },
};
