import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int, known } from '../delivery-shared';

/**
 * AddHours_01 (error): AddHours returned on an aim that started before 1 August 2015. The text scopes the rule to
 * Adult Skills, Apprenticeships and Other Adult aims (FundModel 35, 36, 38, 81) and its error clause to AddHours with a
 * start before 2015-08-01: both are applied, as ESFA's 2020-21 service did (35, 36, 81; 38 did not exist then).
 * Other fund models are AddHours_02's.
 */
const FUND_MODELS = [35, 36, 38, 81];

export const AddHours_01 = aimRule(
  officialMeta('AddHours_01', { entity: 'LearningDelivery', fields: ['AddHours', 'FundModel', 'LearnStartDate'], group: 'programme' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return known(aim, 'AddHours') && FUND_MODELS.includes(int(aim, 'FundModel') ?? -1) && start !== undefined && start < '2015-08-01' ? 'AddHours' : undefined;
  },
);
