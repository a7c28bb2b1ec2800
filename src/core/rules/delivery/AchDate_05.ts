import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, isSkillsBootcamp } from './delivery-shared';

/** AchDate_05 (error): the Achievement date must be on or after the Learning actual end date; Skills Bootcamps excluded. */
export const AchDate_05 = aimRule(
  officialMeta('AchDate_05', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => {
    const ach = date(aim, 'AchDate');
    const end = date(aim, 'LearnActEndDate');
    return ach !== undefined && end !== undefined && ach < end && !isSkillsBootcamp(aim) ? 'AchDate' : undefined;
  },
);
