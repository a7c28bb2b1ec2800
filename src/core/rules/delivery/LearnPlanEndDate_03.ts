import { addMonths } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date } from './delivery-shared';

/** LearnPlanEndDate_03 (error): the Learning planned end date must be less than 10 years after the Learning start date (10 years to the day fires). */
export const LearnPlanEndDate_03 = aimRule(
  officialMeta('LearnPlanEndDate_03', { entity: 'LearningDelivery', fields: ['LearnPlanEndDate', 'LearnStartDate'], group: 'completion' }),
  (aim) => {
    const plan = date(aim, 'LearnPlanEndDate');
    const start = date(aim, 'LearnStartDate');
    return plan !== undefined && start !== undefined && plan >= addMonths(start, 120) ? 'LearnPlanEndDate' : undefined;
  },
);
