import { officialMeta } from '../catalogue/official-meta';
import { aimRule, isSkillsBootcamp, known } from './delivery-shared';

/** Outcome_11 (error): an aim with an Outcome must have a Learning actual end date; Skills Bootcamps excluded. */
export const Outcome_11 = aimRule(
  officialMeta('Outcome_11', { entity: 'LearningDelivery', fields: ['Outcome', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion', years: { from: '2122' } }),
  (aim) => (known(aim, 'Outcome') && !known(aim, 'LearnActEndDate') && !isSkillsBootcamp(aim) ? 'Outcome' : undefined),
);
