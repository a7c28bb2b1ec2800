import { deliveries, int } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';
import { isTLevel } from './fields-shared';

/**
 * PlanLearnHours_02 (warning): planned learning hours returned as 0 for a learner with an aim of FundModel 10, 25, 35,
 * 37, 38, 81 or 99. Not for T Level programmes (FundModel 25, ProgType 31).
 * 2020-21 (variant): ESFA's 2020-21 service counts FundModel 10, 25, 35, 36, 81 and 99.
 */
const check = (fundModels: readonly number[]) => (learner: IlrRecord, ctx: RuleContext) => {
  if (int(learner, 'PlanLearnHours') !== 0) return;
  const aim = deliveries(learner).find((a) => fundModels.includes(int(a, 'FundModel') ?? -1) && !isTLevel(a));
  if (aim) ctx.report(learner, 'PlanLearnHours', { aim });
};

export const PlanLearnHours_02: LearnerRule = {
  ...officialMeta('PlanLearnHours_02', { entity: 'Learner', fields: ['PlanLearnHours', 'FundModel', 'ProgType'], group: 'learner-fields' }),
  scope: 'learner',
  check: check([10, 25, 35, 37, 38, 81, 99]),
  variants: [{ years: { to: '2021' }, check: check([10, 25, 35, 36, 81, 99]), why: "ESFA's 2020-21 service counts FundModel 10, 25, 35, 36, 81 and 99." }],
};
