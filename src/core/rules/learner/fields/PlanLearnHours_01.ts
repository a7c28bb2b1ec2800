import { deliveries, int, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import type { LearnerRule, RuleContext } from '../../types';
import { allAimsClosed, isTLevel } from './fields-shared';

/**
 * PlanLearnHours_01 (error): the planned learning hours must be returned. Not triggered by apprenticeships (DD07),
 * Other 16-19 provision (FundModel 82) or T Level programmes (FundModel 25, ProgType 31), nor when all aims are closed
 * (LearnActEndDate known): the learner is checked when one of its aims is none of these.
 * 2020-21 (variant): ESFA's 2020-21 service also excludes ESF aims (FundModel 70).
 */
const check = (excludedFundModels: readonly number[]) => (learner: IlrRecord, ctx: RuleContext) => {
  if (text(learner, 'PlanLearnHours') !== undefined || allAimsClosed(learner)) return;
  const aim = deliveries(learner).find((a) => !isApprenticeship(a, ctx.year) && !excludedFundModels.includes(int(a, 'FundModel') ?? -1) && !isTLevel(a));
  if (aim) ctx.report(learner, 'PlanLearnHours', { aim });
};

export const PlanLearnHours_01: LearnerRule = {
  ...officialMeta('PlanLearnHours_01', { entity: 'Learner', fields: ['PlanLearnHours', 'FundModel', 'ProgType', 'LearnActEndDate'], group: 'learner-fields' }),
  scope: 'learner',
  check: check([82]),
  variants: [{ years: { to: '2021' }, check: check([70, 82]), why: "ESFA's 2020-21 service also excludes ESF aims (FundModel 70)." }],
};
