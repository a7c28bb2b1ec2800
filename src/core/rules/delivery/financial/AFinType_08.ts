import { officialMeta } from '../../catalogue/official-meta';
import { financialRecords } from '../../derived/financial';
import { childRule, int } from './financial-shared';

/** AFinType_08 (error): a residual price record (TNP3 or TNP4) only on a FundModel 36 aim. The same in ESFA's 2020-21 service. */
export const AFinType_08 = childRule(
  officialMeta('AFinType_08', { entity: 'AppFinRecord', fields: ['FundModel', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => (int(aim, 'FundModel') === 36 ? [] : financialRecords(learner, aim, ctx, 'TNP', 3, 4)),
  (_rec, aim) => ({ field: 'AFinCode', related: [{ record: aim, field: 'FundModel' }] }),
);
