import { officialMeta } from '../../catalogue/official-meta';
import { financialRecords } from '../../derived/financial';
import { aimRule, date, int } from './financial-shared';

/**
 * AFinType_13 (error): an apprenticeship-funded programme aim (FundModel 36, AimType 1) must have a price record (TNP)
 * dated on its Learning start date. Reported at the start date, with the aim's price records. The same in ESFA's
 * 2020-21 service (an aim with no price at all fires here too, and in AFinType_12).
 */
export const AFinType_13 = aimRule(
  officialMeta('AFinType_13', { entity: 'LearningDelivery', fields: ['FundModel', 'AimType', 'LearnStartDate', 'AFinType', 'AFinCode', 'AFinDate'], group: 'financial' }),
  (aim, learner, ctx) => {
    if (int(aim, 'FundModel') !== 36 || int(aim, 'AimType') !== 1) return undefined;
    const start = date(aim, 'LearnStartDate');
    if (start === undefined) return undefined;
    const prices = financialRecords(learner, aim, ctx, 'TNP');
    if (prices.some((r) => date(r, 'AFinDate') === start)) return undefined;
    return { field: 'LearnStartDate', related: prices.map((record) => ({ record, field: 'AFinDate', aim })) };
  },
);
