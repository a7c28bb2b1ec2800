import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** FundModel_20 (error): Tailored Learning funding (FundModel 11) on an aim starting before 1 August 2024. */
export const FundModel_20 = aimRule(
  officialMeta('FundModel_20', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate'], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'FundModel') === 11 && start !== undefined && start < '2024-08-01' ? 'FundModel' : undefined;
  },
);
