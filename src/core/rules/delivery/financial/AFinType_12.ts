import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from './financial-shared';
import { missingRecord } from './financial-rules';

/** AFinType_12 (error): an apprenticeship-funded programme aim (FundModel 36, AimType 1) must have a price record (TNP). The same in ESFA's 2020-21 service. */
export const AFinType_12 = aimRule(
  officialMeta('AFinType_12', { entity: 'AppFinRecord', fields: ['FundModel', 'AimType', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => (int(aim, 'FundModel') === 36 && int(aim, 'AimType') === 1 ? missingRecord(learner, aim, ctx, 'TNP', []) : undefined),
);
