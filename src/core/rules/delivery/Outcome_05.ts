import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isSkillsBootcamp, known } from './delivery-shared';

/** Outcome_05 (error): an achieved aim (Outcome 1) must have a Learning actual end date; Skills Bootcamps excluded. */
export const Outcome_05 = aimRule(
  officialMeta('Outcome_05', { entity: 'LearningDelivery', fields: ['Outcome', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => (int(aim, 'Outcome') === 1 && !known(aim, 'LearnActEndDate') && !isSkillsBootcamp(aim) ? 'Outcome' : undefined),
);
