import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/**
 * AddHours_02 (error): AddHours returned for Community Learning, 16-19, Other 16-19, Skills Bootcamps or non-funded
 * provision (FundModel 25, 82, 10, 37, 99). ESFA's 2020-21 service had 25, 82, 10, 99 (FundModel 37 did not exist).
 */
const FUND_MODELS = [25, 82, 10, 37, 99];

export const AddHours_02 = aimRule(
  officialMeta('AddHours_02', { entity: 'LearningDelivery', fields: ['AddHours', 'FundModel'], group: 'programme' }),
  (aim) => (known(aim, 'AddHours') && FUND_MODELS.includes(int(aim, 'FundModel') ?? -1) ? 'AddHours' : undefined),
);
