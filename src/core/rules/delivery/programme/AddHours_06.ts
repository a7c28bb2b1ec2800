import { officialMeta } from '../../catalogue/official-meta';
import { aimRule } from '../delivery-shared';
import { ADD_HOURS_FIELDS, addHoursPerDay } from './add-hours';

/** AddHours_06 (warning): AddHours averaging more than 9 and less than 24 a planned day (whatever the AddHours). */
export const AddHours_06 = aimRule(
  officialMeta('AddHours_06', { entity: 'LearningDelivery', fields: ADD_HOURS_FIELDS, group: 'programme' }),
  (aim) => {
    const a = addHoursPerDay(aim);
    return a && a.perDay > 9 && a.perDay < 24 ? 'AddHours' : undefined;
  },
);
