import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, isSkillsBootcamp } from './delivery-shared';

/** AchDate_03 (error): the Achievement date must not be before the Learning start date; Skills Bootcamps excluded. */
export const AchDate_03 = aimRule(
  officialMeta('AchDate_03', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnStartDate', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => {
    const ach = date(aim, 'AchDate');
    const start = date(aim, 'LearnStartDate');
    return ach !== undefined && start !== undefined && ach < start && !isSkillsBootcamp(aim) ? 'AchDate' : undefined;
  },
);
