import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from './financial-shared';
import { financialRecords, missingRecord } from './financial-rules';

/** AFinType_14 (error): a programme aim (AimType 1) with a training payment (PMR1) must have a training price (TNP1 or TNP3). The same in ESFA's 2020-21 service. */
export const AFinType_14 = aimRule(
  officialMeta('AFinType_14', { entity: 'AppFinRecord', fields: ['AimType', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => {
    if (int(aim, 'AimType') !== 1) return undefined;
    const payments = financialRecords(learner, aim, ctx, 'PMR', 1);
    return payments.length ? missingRecord(learner, aim, ctx, 'TNP', [1, 3], payments) : undefined;
  },
);
