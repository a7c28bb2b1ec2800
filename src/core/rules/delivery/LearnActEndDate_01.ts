import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date } from './delivery-shared';

/** LearnActEndDate_01 (error): the Learning actual end date must not be before the Learning start date (the same day is allowed). */
export const LearnActEndDate_01 = aimRule(
  officialMeta('LearnActEndDate_01', { entity: 'LearningDelivery', fields: ['LearnActEndDate', 'LearnStartDate'], group: 'completion' }),
  (aim) => {
    const end = date(aim, 'LearnActEndDate');
    const start = date(aim, 'LearnStartDate');
    return end !== undefined && start !== undefined && end < start ? 'LearnActEndDate' : undefined;
  },
);
