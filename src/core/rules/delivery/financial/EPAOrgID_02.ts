import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, known } from './financial-shared';
import { financialRecords } from './financial-rules';

/**
 * EPAOrgID_02 (error): an aim with an end-point assessment price (TNP2 or TNP4) must have an End point assessment
 * organisation. Reported once per aim at EPAOrgID, with the assessment prices (ESFA's 2020-21 service reports once
 * per price record; the condition is the same).
 */
export const EPAOrgID_02 = aimRule(
  officialMeta('EPAOrgID_02', { entity: 'LearningDelivery', fields: ['EPAOrgID', 'AFinType', 'AFinCode'], group: 'financial' }),
  (aim, learner, ctx) => {
    if (known(aim, 'EPAOrgID')) return undefined;
    const prices = financialRecords(learner, aim, ctx, 'TNP', 2, 4);
    return prices.length ? { field: 'EPAOrgID', related: prices.map((record) => ({ record, field: 'AFinCode', aim })) } : undefined;
  },
);
