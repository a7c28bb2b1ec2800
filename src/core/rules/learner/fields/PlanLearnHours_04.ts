import { deliveries, int } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';
import { isTLevel } from './fields-shared';

/**
 * PlanLearnHours_04 (error): when PlanLearnHours is returned, PlanLearnHours + PlanEEPHours must not be more than
 * 1000. Not triggered by Other 16-19 provision (FundModel 82) or T Level programmes (FundModel 25, ProgType 31): the
 * learner is checked when one of its aims is neither.
 * 2020-21 (variant): ESFA's 2020-21 service adds the two even when PlanLearnHours is not returned (counting it as 0).
 */
const check = (needsPlanLearnHours: boolean) => (learner: IlrRecord, ctx: RuleContext) => {
  const plh = int(learner, 'PlanLearnHours');
  if (plh === undefined && needsPlanLearnHours) return;
  if ((plh ?? 0) + (int(learner, 'PlanEEPHours') ?? 0) <= 1000) return;
  const aim = deliveries(learner).find((a) => int(a, 'FundModel') !== 82 && !isTLevel(a));
  if (aim) ctx.report(learner, plh === undefined ? 'PlanEEPHours' : 'PlanLearnHours', { aim });
};

export const PlanLearnHours_04: LearnerRule = {
  ...officialMeta('PlanLearnHours_04', { entity: 'Learner', fields: ['PlanLearnHours', 'PlanEEPHours', 'FundModel', 'ProgType'], group: 'learner-fields' }),
  scope: 'learner',
  check: check(true),
  variants: [{ years: { to: '2021' }, check: check(false), why: "ESFA's 2020-21 service adds the hours even when PlanLearnHours is not returned." }],
};
