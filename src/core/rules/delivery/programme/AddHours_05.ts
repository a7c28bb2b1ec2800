import { officialMeta } from '../../catalogue/official-meta';
import { aimRule } from '../delivery-shared';
import { ADD_HOURS_FIELDS, addHoursPerDay } from './add-hours';

/** AddHours_05 (warning): AddHours over 60 averaging more than 35 a planned week (7 × the average a planned day). */
export const AddHours_05 = aimRule(
  officialMeta('AddHours_05', { entity: 'LearningDelivery', fields: ADD_HOURS_FIELDS, group: 'programme' }),
  (aim) => {
    const a = addHoursPerDay(aim);
    return a && a.hours > 60 && a.perDay * 7 > 35 ? 'AddHours' : undefined;
  },
);
