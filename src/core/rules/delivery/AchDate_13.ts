import { addMonths } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, int } from './delivery-shared';

/** AchDate_13 (error): for Skills Bootcamp programme aims (AimType 1, ProgType 32) the Achievement date must not be more than six months after the Learning actual end date (exactly six calendar months is allowed). */
export const AchDate_13 = aimRule(
  officialMeta('AchDate_13', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'AimType', 'ProgType'], group: 'completion', years: { from: '2122' } }),
  (aim) => {
    const ach = date(aim, 'AchDate');
    const end = date(aim, 'LearnActEndDate');
    if (ach === undefined || end === undefined || int(aim, 'AimType') !== 1 || int(aim, 'ProgType') !== 32) return undefined;
    return ach > addMonths(end, 6) ? 'AchDate' : undefined;
  },
);
