import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** FundModel_19 (error): Adult Skills Fund funding (FundModel 38) on an aim starting before 1 August 2024. */
export const FundModel_19 = aimRule(
  officialMeta('FundModel_19', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate'], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'FundModel') === 38 && start !== undefined && start < '2024-08-01' ? 'FundModel' : undefined;
  },
);
