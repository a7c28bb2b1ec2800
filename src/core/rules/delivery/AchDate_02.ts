import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date } from './delivery-shared';

/** AchDate_02 (error): the Achievement date must not be after the end of the collection year (31 July; the year's own end date). */
export const AchDate_02 = aimRule(
  officialMeta('AchDate_02', { entity: 'LearningDelivery', fields: ['AchDate'], group: 'completion' }),
  (aim, ctx) => {
    const ach = date(aim, 'AchDate');
    return ach !== undefined && ach > ctx.year.end ? 'AchDate' : undefined;
  },
);
