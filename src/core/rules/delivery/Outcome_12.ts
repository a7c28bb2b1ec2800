import { officialMeta } from '../catalogue/official-meta';
import { aimRule, known } from './delivery-shared';

/** Outcome_12 (error): an aim with a Learning actual end date must have an Outcome. Reported at the LearnActEndDate cell (the Outcome cell is blank). */
export const Outcome_12 = aimRule(
  officialMeta('Outcome_12', { entity: 'LearningDelivery', fields: ['LearnActEndDate', 'Outcome'], group: 'completion', years: { from: '2122' } }),
  (aim) => (known(aim, 'LearnActEndDate') && !known(aim, 'Outcome') ? 'LearnActEndDate' : undefined),
);
