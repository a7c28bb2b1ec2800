import { officialMeta } from '../catalogue/official-meta';
import { aimRule, isSkillsBootcamp, known } from './delivery-shared';

/** AchDate_04 (error): an aim with an Achievement date must have a Learning actual end date; Skills Bootcamps excluded. */
export const AchDate_04 = aimRule(
  officialMeta('AchDate_04', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => (known(aim, 'AchDate') && !known(aim, 'LearnActEndDate') && !isSkillsBootcamp(aim) ? 'AchDate' : undefined),
);
