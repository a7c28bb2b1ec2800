import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date } from './delivery-shared';

/** LearnPlanEndDate_02 (error): the Learning planned end date must not be before the Learning start date. */
export const LearnPlanEndDate_02 = aimRule(
  officialMeta('LearnPlanEndDate_02', { entity: 'LearningDelivery', fields: ['LearnPlanEndDate', 'LearnStartDate'], group: 'completion' }),
  (aim) => {
    const plan = date(aim, 'LearnPlanEndDate');
    const start = date(aim, 'LearnStartDate');
    return plan !== undefined && start !== undefined && plan < start ? 'LearnPlanEndDate' : undefined;
  },
);
