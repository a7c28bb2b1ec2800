import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** FundModel_05 (error): FundModel 36 on an aim starting before 1 May 2017. */
export const FundModel_05 = aimRule(
  officialMeta('FundModel_05', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate'], group: 'programme' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'FundModel') === 36 && start !== undefined && start < '2017-05-01' ? 'FundModel' : undefined;
  },
);
