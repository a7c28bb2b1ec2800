import { officialMeta } from '../catalogue/official-meta';
import { filePreparationDate } from '../derived/message';
import { aimRule, date } from './delivery-shared';

/** AchDate_07 (error): the Achievement date must not be after the file preparation date. */
export const AchDate_07 = aimRule(
  officialMeta('AchDate_07', { entity: 'LearningDelivery', fields: ['AchDate'], group: 'completion' }),
  (aim, ctx) => {
    const ach = date(aim, 'AchDate');
    return ach !== undefined && ach > filePreparationDate(ctx) ? 'AchDate' : undefined;
  },
);
