import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, text } from './financial-shared';

/** OutGrade_05 (error): a fail or non-achievement grade (FL, U, N, X, Y) must not go with Outcome 1 (achieved). Grades compared in any case, as ESFA's 2020-21 service does (otherwise the same). */
const FAIL_GRADES = ['FL', 'U', 'N', 'X', 'Y'];

export const OutGrade_05 = aimRule(
  officialMeta('OutGrade_05', { entity: 'LearningDelivery', fields: ['OutGrade', 'Outcome'], group: 'delivery-fields' }),
  (aim) => (int(aim, 'Outcome') === 1 && FAIL_GRADES.includes(text(aim, 'OutGrade')?.trim().toUpperCase() ?? '') ? 'Outcome' : undefined),
);
