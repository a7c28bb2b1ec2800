import { officialMeta } from '../../catalogue/official-meta';
import { hasFinancialRecord } from '../../derived/financial';
import { aimRule, known } from './financial-shared';

/** EPAOrgID_03 (error): an aim with an End point assessment organisation must have an assessment price (TNP2 or TNP4). The same in ESFA's 2020-21 service. */
export const EPAOrgID_03 = aimRule(
  officialMeta('EPAOrgID_03', { entity: 'LearningDelivery', fields: ['EPAOrgID', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => (known(aim, 'EPAOrgID') && !hasFinancialRecord(learner, aim, ctx, 'TNP', 2, 4) ? 'EPAOrgID' : undefined),
);
