import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** LearnStartDate_21 (error): a Skills Bootcamp funded aim (FundModel 37) starting before 1 August 2022. */
export const LearnStartDate_21 = aimRule(
  officialMeta('LearnStartDate_21', { entity: 'LearningDelivery', fields: ['LearnStartDate', 'FundModel'], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'FundModel') === 37 && start !== undefined && start < '2022-08-01' ? 'LearnStartDate' : undefined;
  },
);
