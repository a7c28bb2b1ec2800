import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int } from './delivery-shared';

/** Outcome_10 (error): Outcome 3 (no achievement) is not valid for a continuing aim (CompStatus 1). */
export const Outcome_10 = aimRule(
  officialMeta('Outcome_10', { entity: 'LearningDelivery', fields: ['Outcome', 'CompStatus'], group: 'completion' }),
  (aim) => (int(aim, 'Outcome') === 3 && int(aim, 'CompStatus') === 1 ? 'Outcome' : undefined),
);
