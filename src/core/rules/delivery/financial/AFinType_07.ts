import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from './financial-shared';
import { financialRecords, missingRecord } from './financial-rules';

/**
 * AFinType_07 (error): on an apprenticeship standard programme aim (ProgType 25, AimType 1) with an assessment payment,
 * there must be an assessment price (TNP2 or TNP4). Decision: the 2025-26 text calls the assessment payment
 * "AFinType = TNP and AFinCode = 2", which would make the rule unbreakable (a TNP2 is itself an assessment price); an
 * assessment payment is a PMR2 record, as the rule's Description and ESFA's 2020-21 service have it.
 */
export const AFinType_07 = aimRule(
  officialMeta('AFinType_07', { entity: 'AppFinRecord', fields: ['ProgType', 'AimType', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => {
    if (int(aim, 'ProgType') !== 25 || int(aim, 'AimType') !== 1) return undefined;
    const payments = financialRecords(learner, aim, ctx, 'PMR', 2);
    return payments.length ? missingRecord(learner, aim, ctx, 'TNP', [2, 4], payments) : undefined;
  },
);
