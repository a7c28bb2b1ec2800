import { deliveries, int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isTLevel } from './fields-shared';

/**
 * PlanLearnHours_03 (error): when PlanLearnHours is returned and the learner has a 16-19 funded aim (FundModel 25, not
 * a T Level programme, ProgType 31), PlanLearnHours + PlanEEPHours must be more than 0 (PlanEEPHours not returned
 * counts as 0). Same in ESFA's 2020-21 service.
 */
export const PlanLearnHours_03: LearnerRule = {
  ...officialMeta('PlanLearnHours_03', { entity: 'Learner', fields: ['PlanLearnHours', 'PlanEEPHours', 'FundModel', 'ProgType'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    const plh = int(learner, 'PlanLearnHours');
    if (plh === undefined || plh + (int(learner, 'PlanEEPHours') ?? 0) !== 0) return;
    const aim = deliveries(learner).find((a) => int(a, 'FundModel') === 25 && !isTLevel(a));
    if (aim) ctx.report(learner, 'PlanLearnHours', { aim });
  },
};
