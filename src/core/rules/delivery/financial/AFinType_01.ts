import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from './financial-shared';
import { missingRecord } from './financial-rules';

/** AFinType_01 (error): a trailblazer standard programme aim (FundModel 81, ProgType 25, AimType 1) must have a total training price (TNP1). The same in ESFA's 2020-21 service. */
export const AFinType_01 = aimRule(
  officialMeta('AFinType_01', { entity: 'AppFinRecord', fields: ['FundModel', 'ProgType', 'AimType', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => (int(aim, 'FundModel') === 81 && int(aim, 'ProgType') === 25 && int(aim, 'AimType') === 1 ? missingRecord(learner, aim, ctx, 'TNP', [1]) : undefined),
);
