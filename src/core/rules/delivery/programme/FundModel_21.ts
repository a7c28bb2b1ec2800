import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** FundModel_21 (error): Adult Skills Fund funding (FundModel 38) on an aim started on or after 1 August 2024 whose OrigLearnStartDate is before 1 August 2024. */
export const FundModel_21 = aimRule(
  officialMeta('FundModel_21', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate', 'OrigLearnStartDate'], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    const orig = date(aim, 'OrigLearnStartDate');
    return int(aim, 'FundModel') === 38 && start !== undefined && start >= '2024-08-01' && orig !== undefined && orig < '2024-08-01' ? 'FundModel' : undefined;
  },
);
