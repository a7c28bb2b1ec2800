import { officialMeta } from '../../catalogue/official-meta';
import { aimRule } from '../delivery-shared';
import { ADD_HOURS_FIELDS, addHoursPerDay } from './add-hours';

/** AddHours_04 (error): AddHours over 60 averaging more than 24 a planned day (LearnPlanEndDate − LearnStartDate + 1 days). */
export const AddHours_04 = aimRule(
  officialMeta('AddHours_04', { entity: 'LearningDelivery', fields: ADD_HOURS_FIELDS, group: 'programme' }),
  (aim) => {
    const a = addHoursPerDay(aim);
    return a && a.hours > 60 && a.perDay > 24 ? 'AddHours' : undefined;
  },
);
