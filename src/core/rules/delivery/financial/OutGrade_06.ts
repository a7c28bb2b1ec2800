import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, text } from './financial-shared';

/** OutGrade_06 (error): with Outcome 3 (no achievement) a returned grade must be FL, U, N, X or Y. The same in ESFA's 2020-21 service. */
const FAIL_GRADES = ['FL', 'U', 'N', 'X', 'Y'];

export const OutGrade_06 = aimRule(
  officialMeta('OutGrade_06', { entity: 'LearningDelivery', fields: ['OutGrade', 'Outcome'], group: 'delivery-fields' }),
  (aim) => {
    const grade = text(aim, 'OutGrade')?.trim();
    return int(aim, 'Outcome') === 3 && grade !== undefined && !FAIL_GRADES.includes(grade) ? 'OutGrade' : undefined;
  },
);
